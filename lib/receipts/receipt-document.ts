/**
 * The receipt as a PDF: its canonical JSON attached as `upo.json`, rendered for people, with a
 * QR code to the verification page, sealed with the same office key that signed the JSON:
 * PAdES-B-T when a time-stamp authority is configured and answers, B-B otherwise. Made right after the receipt commits; if the process died in between, made on first
 * download instead. Stored once: the first sealed copy is the receipt.
 */
import "server-only";

import { eq } from "drizzle-orm";

import type { Database } from "@/db/client";
import { receiptDocuments, receipts } from "@/db/schema";
import { buildReceiptPdf, receiptPdfLabelsPl } from "@/lib/documents/receipt-pdf";
import { signerForKid } from "@/lib/signing/key-store";
import { sealPdf } from "@/lib/signing/pades";
import { receiptTimestamp } from "@/lib/signing/timestamp-settings";
import type { ReceiptJson } from "@/lib/signing/receipt-types";
import { parseCanonical, sha256Hex } from "@/lib/submissions/canonical-json";

export async function makeReceiptDocument(db: Database, receiptId: string): Promise<Buffer> {
  const [receipt] = await db.select().from(receipts).where(eq(receipts.id, receiptId));
  if (!receipt) throw new Error(`receipt ${receiptId} not found`);
  const json = parseCanonical(receipt.canonical) as unknown as ReceiptJson;
  const doc = await buildReceiptPdf({ receipt: json, canonicalBytes: new Uint8Array(receipt.canonical), receiptSha256: receipt.sha256, labels: receiptPdfLabelsPl });
  const signer = await signerForKid(db, receipt.kid);
  const pdf = Buffer.from(
    await sealPdf(doc, signer, {
      reason: "Urzędowe poświadczenie odbioru",
      name: json.office.name,
      location: json.office.name,
      signingTime: new Date(json.issuedAt),
    }, { timestamp: receiptTimestamp() }),
  );
  await db
    .insert(receiptDocuments)
    .values({ receiptId, pdf, sha256: sha256Hex(pdf), kid: signer.kid, createdAt: new Date() })
    .onConflictDoNothing();
  const [stored] = await db.select({ pdf: receiptDocuments.pdf }).from(receiptDocuments).where(eq(receiptDocuments.receiptId, receiptId));
  return stored!.pdf;
}

/** The stored sealed PDF, made now if it is missing. */
export async function receiptDocument(db: Database, receiptId: string): Promise<Buffer> {
  const [stored] = await db.select({ pdf: receiptDocuments.pdf }).from(receiptDocuments).where(eq(receiptDocuments.receiptId, receiptId));
  return stored?.pdf ?? makeReceiptDocument(db, receiptId);
}
