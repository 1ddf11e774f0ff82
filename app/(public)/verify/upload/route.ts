/**
 * POST /verify/upload: a receipt PDF to check (multipart, field "receipt"). Browsers are sent
 * back to /verify with the sealed outcome (works without JavaScript); `Accept: application/json`
 * gets the outcome as JSON.
 */
import { verifyUploadedReceipt } from "@/lib/receipts/verify-upload";
import { sealOutcome } from "@/lib/receipts/verify-token";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const outcome = await verifyUploadedReceipt(request);
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return Response.json(outcome, { status: outcome.failure === "too-large" ? 413 : 200, headers: { "Cache-Control": "no-store" } });
  }
  const target = new URL("/verify", request.url);
  target.searchParams.set("result", sealOutcome(outcome));
  return new Response(null, { status: 303, headers: { Location: `${target.pathname}${target.search}#result`, "Cache-Control": "no-store" } });
}
