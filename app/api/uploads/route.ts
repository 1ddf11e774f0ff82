/**
 * POST /api/uploads (multipart: draftId, fieldKey, then file; draftId and fieldKey may also be in
 * the query). JSON for `Accept: application/json`, otherwise a 303 back to the form.
 */
import { Readable } from "node:stream";

import { NextResponse } from "next/server";

import { filesConfig } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { isMultipart, readMultipartUpload, type MultipartUpload } from "@/lib/files/multipart";
import { uploadFile, type UploadResult } from "@/lib/files/upload";
import { inputIdFor } from "@/lib/forms/validate";
import { getRequestContext } from "@/lib/identity/context";
import { logger } from "@/lib/log";
import { errorResponse, isSameOrigin, jsonError, seeOther, wantsJson } from "./respond";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return errorResponse(request, "badRequest", 403);
  const ctx = await getRequestContext();
  if (ctx.actor.type !== "resident") {
    return wantsJson(request) ? jsonError("signIn", 401, ctx.locale) : seeOther(request, "/sign-in");
  }
  if (!isMultipart(request.headers.get("content-type"))) return errorResponse(request, "badRequest", 400, ctx.locale);

  let upload: MultipartUpload;
  try {
    upload = await readMultipartUpload(request, { maxFileBytes: filesConfig().UPLOAD_MAX_MB * 1024 * 1024 });
  } catch {
    return errorResponse(request, "badRequest", 400, ctx.locale);
  }
  const query = new URL(request.url).searchParams;
  const draftId = query.get("draftId") ?? upload.fields.draftId ?? "";
  const fieldKey = query.get("fieldKey") ?? upload.fields.fieldKey ?? "";
  const declared = Number(request.headers.get("content-length"));
  try {
    const result = await uploadFile(ctx, {
      draftId,
      fieldKey,
      fileName: upload.file?.name ?? "",
      source: upload.file?.stream ?? Readable.from([]),
      declaredBytes: Number.isFinite(declared) && declared > 0 ? declared : undefined,
    });
    return respond(request, result, { draftId, fieldKey, fromUploadPage: upload.fields.from === "upload-page" });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return errorResponse(request, "notFound", 404, ctx.locale);
    logger.error("upload failed", { requestId: ctx.requestId, error: error instanceof Error ? error.message : String(error) });
    return errorResponse(request, "scanUnavailable", 500, ctx.locale);
  } finally {
    upload.abort();
  }
}

type Place = { draftId: string; fieldKey: string; fromUploadPage: boolean };

function respond(request: Request, result: UploadResult, place: Place): Response {
  if (wantsJson(request)) {
    return result.ok
      ? NextResponse.json({ ok: true, file: result.file }, { status: 201, headers: { "Cache-Control": "no-store" } })
      : jsonError(result.code, result.status, undefined, result.message);
  }
  if (!result.stepId) return errorResponse(request, result.ok ? "badRequest" : result.code, result.ok ? 400 : result.status);
  const step = `/apply/${encodeURIComponent(place.draftId)}/${encodeURIComponent(result.stepId)}`;
  const field = encodeURIComponent(place.fieldKey);
  if (result.ok) return seeOther(request, `${step}#${inputIdFor(place.fieldKey)}`);
  if (place.fromUploadPage) return seeOther(request, `${step}/upload/${field}?error=${result.code}`);
  return seeOther(request, `${step}?uploadError=${result.code}&uploadField=${field}#${inputIdFor(place.fieldKey)}`);
}
