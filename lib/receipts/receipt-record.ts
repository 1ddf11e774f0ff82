/**
 * The server's side of verification: does a receipt with this number exist, and does the given
 * hash match it (the receipt's SHA-256, its sealed PDF's, or the submission's document hash, as
 * printed in the QR link)? Answers without personal data, and only to someone who already has
 * the hash.
 */
import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { offices, receiptDocuments, receipts, submissions } from "@/db/schema";
import { trustedRoots } from "@/lib/signing/key-store";
import { verifyJws } from "@/lib/signing/jws";

export type ReceiptRecordCheck =
  | { found: false }
  | { found: true; matches: false }
  | { found: true; matches: true; receiptNumber: string; officeName: string; issuedAt: Date; serviceId: string; kid: string; jwsValid: boolean; receiptSha256: string };

const HASH = /^[0-9a-f]{64}$/;

export async function checkReceiptRecord(receiptNumber: string, hash: string): Promise<ReceiptRecordCheck> {
  const normalized = hash.trim().toLowerCase().replace(/\s/g, "");
  if (!receiptNumber || receiptNumber.length > 64) return { found: false };
  const db = getDb();
  const [row] = await db
    .select({
      receiptNumber: receipts.receiptNumber,
      canonical: receipts.canonical,
      sha256: receipts.sha256,
      jws: receipts.jws,
      kid: receipts.kid,
      issuedAt: receipts.issuedAt,
      officeName: offices.name,
      serviceId: submissions.serviceId,
      contentDigest: submissions.contentDigest,
      pdfSha256: receiptDocuments.sha256,
    })
    .from(receipts)
    .innerJoin(offices, eq(offices.id, receipts.officeId))
    .innerJoin(submissions, eq(submissions.id, receipts.submissionId))
    .leftJoin(receiptDocuments, eq(receiptDocuments.receiptId, receipts.id))
    .where(eq(receipts.receiptNumber, receiptNumber.trim()));
  if (!row) return { found: false };
  if (!HASH.test(normalized) || ![row.sha256, row.contentDigest, row.pdfSha256].includes(normalized)) return { found: true, matches: false };
  const jws = await verifyJws(row.jws, { detachedPayload: new Uint8Array(row.canonical), trustedRoots: await trustedRoots(db), at: row.issuedAt });
  return {
    found: true,
    matches: true,
    receiptNumber: row.receiptNumber,
    officeName: row.officeName,
    issuedAt: row.issuedAt,
    serviceId: row.serviceId,
    kid: row.kid,
    jwsValid: jws.ok,
    receiptSha256: row.sha256,
  };
}
