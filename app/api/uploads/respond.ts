/** Responses shared by the upload routes: JSON for scripts, 303 redirects for plain form posts. */
import { NextResponse } from "next/server";

import { uploadErrorMessage, type UploadErrorCode } from "@/lib/files/messages";

export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

/**
 * Route handlers have no built-in CSRF protection (server actions do): a browser-sent Origin or
 * Sec-Fetch-Site must say the request comes from this site. Session cookies are SameSite=Lax too.
 */
export function isSameOrigin(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

export function jsonError(code: UploadErrorCode, status: number, locale = "pl", message = uploadErrorMessage(code, locale)): NextResponse {
  return NextResponse.json({ ok: false, code, error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

export function seeOther(request: Request, path: string): NextResponse {
  return NextResponse.redirect(new URL(path, request.url), 303);
}

export function plainError(code: UploadErrorCode, status: number, locale = "pl"): Response {
  return new Response(uploadErrorMessage(code, locale), { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function errorResponse(request: Request, code: UploadErrorCode, status: number, locale = "pl"): Response {
  return wantsJson(request) ? jsonError(code, status, locale) : plainError(code, status, locale);
}
