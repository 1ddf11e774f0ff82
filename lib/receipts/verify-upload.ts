/**
 * Checks a receipt PDF uploaded to /verify: size refused before parsing (Content-Length, then
 * a streaming cap), the seal and upo.json verified offline, then compared with this server's
 * record. Returns an outcome without personal data.
 */
import "server-only";

import { getDb } from "@/db";
import { isMultipart, readMultipartUpload } from "@/lib/files/multipart";
import { readLimited } from "@/lib/files/read-limited";
import { trustedRoots } from "@/lib/signing/key-store";
import { timestampRoots } from "@/lib/signing/timestamp-settings";
import { checkReceiptRecord } from "./receipt-record";
import { verifyReceiptPdf } from "./verify-receipt";
import type { VerifyOutcome } from "./verify-token";

/** Receipts are about 40 kB; nothing near this limit is one. */
export const MAX_RECEIPT_UPLOAD_BYTES = 2 * 1024 * 1024;

export async function verifyUploadedReceipt(request: Request, now = new Date()): Promise<VerifyOutcome> {
  const at = Math.floor(now.getTime() / 1000);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_RECEIPT_UPLOAD_BYTES + 64 * 1024) return { ok: false, failure: "too-large", at };
  if (!isMultipart(request.headers.get("content-type"))) return { ok: false, failure: "no-file", at };
  let upload;
  try {
    upload = await readMultipartUpload(request, { maxFileBytes: MAX_RECEIPT_UPLOAD_BYTES });
  } catch {
    return { ok: false, failure: "no-file", at };
  }
  if (!upload.file) return { ok: false, failure: "no-file", at };
  const read = await readLimited(upload.file.stream, MAX_RECEIPT_UPLOAD_BYTES);
  if (!read.ok) {
    upload.abort();
    return { ok: false, failure: "too-large", at };
  }
  if (read.size === 0) return { ok: false, failure: "no-file", at };
  const verdict = await verifyReceiptPdf(read.content, await trustedRoots(getDb()), { timestampRoots: timestampRoots() });
  if (!verdict.ok) return { ok: false, failure: verdict.failure, at };
  const { receipt } = verdict;
  const record = await checkReceiptRecord(receipt.receiptId, verdict.receiptSha256);
  return {
    ok: true,
    receiptNumber: receipt.receiptId,
    officeName: receipt.office.name,
    serviceName: receipt.service.name,
    caseNumber: receipt.caseNumber,
    receivedAt: receipt.receivedAt,
    kid: verdict.seal.kid,
    sealSubject: verdict.seal.subject,
    receiptSha256: verdict.receiptSha256,
    matchesRecord: record.found ? record.matches : null,
    at,
  };
}
