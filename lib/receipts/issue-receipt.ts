/**
 * Appends a receipt (UPO) to the office's chain, inside the transaction that creates the case:
 * the receipt and its case exist together or not at all. Only the receipt's JSON, hash and
 * detached JWS are made here (under the office's chain lock, briefly); the sealed PDF is made
 * from those exact bytes right after commit (receipt-document.ts).
 */
import "server-only";

import { eq } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { offices, receiptLedgerHeads, receipts } from "@/db/schema";
import { signingConfig } from "@/lib/env";
import type { Signer } from "@/lib/signing/signer";
import { signDetachedJws } from "@/lib/signing/jws";
import type { ReceiptAttachment, ReceiptJson } from "@/lib/signing/receipt-types";
import { canonicalBytes, sha256Hex } from "@/lib/submissions/canonical-json";
import { yearInWarsaw } from "@/lib/cases/case-number";

export const RECEIPT_JWS_TYPE = "upo+jws";

export type ReceiptInput = {
  officeId: string;
  officeName: string;
  caseId: string;
  caseNumber: string;
  submissionId: string;
  receivedAt: Date;
  sender: ReceiptJson["sender"];
  service: ReceiptJson["service"];
  contentDigest: string;
  signatureDigest: string;
  attachments: ReceiptAttachment[];
};

export type IssuedReceipt = { id: string; receiptNumber: string; json: ReceiptJson; canonical: Buffer; sha256: string };

/** The link printed (and in the QR code) on a receipt: the page shows the record's status. */
export function verifyUrlFor(receiptNumber: string, contentDigest: string): string {
  const url = new URL("/verify", signingConfig().APP_URL);
  url.searchParams.set("receipt", receiptNumber);
  url.searchParams.set("hash", contentDigest);
  return url.toString();
}

export async function issueReceipt(tx: Executor, signer: Signer, input: ReceiptInput): Promise<IssuedReceipt> {
  await tx.insert(receiptLedgerHeads).values({ officeId: input.officeId, seq: 0, headHash: null }).onConflictDoNothing();
  const [head] = await tx.select().from(receiptLedgerHeads).where(eq(receiptLedgerHeads.officeId, input.officeId)).for("update");
  const [office] = await tx.select({ code: offices.code }).from(offices).where(eq(offices.id, input.officeId));
  const seq = head!.seq + 1;
  // The office code is unique on the platform, the sequence within the office: the number is unique.
  const receiptNumber = `UPO/${office!.code.toUpperCase()}/${yearInWarsaw(input.receivedAt)}/${String(seq).padStart(6, "0")}`;
  const json: ReceiptJson = {
    type: "urn:okienko:upo:v1",
    receiptId: receiptNumber,
    receivedAt: input.receivedAt.toISOString(),
    issuedAt: input.receivedAt.toISOString(),
    office: { id: input.officeId, name: input.officeName },
    sender: input.sender,
    service: input.service,
    caseNumber: input.caseNumber,
    submission: {
      id: input.submissionId,
      contentDigest: { alg: "sha-256", c14n: "rfc8785", value: input.contentDigest },
      signatureDigest: input.signatureDigest,
      signatureType: "portal-confirmed-code",
      attachments: input.attachments,
    },
    ledger: { seq, prevHash: head!.headHash },
    verify: { url: verifyUrlFor(receiptNumber, input.contentDigest) },
  };
  const canonical = canonicalBytes(json);
  const sha256 = sha256Hex(canonical);
  const jws = await signDetachedJws(canonical, signer, RECEIPT_JWS_TYPE);
  const [row] = await tx
    .insert(receipts)
    .values({
      receiptNumber,
      officeId: input.officeId,
      caseId: input.caseId,
      submissionId: input.submissionId,
      seq,
      canonical,
      sha256,
      prevHash: head!.headHash,
      jws,
      kid: signer.kid,
      issuedAt: input.receivedAt,
    })
    .returning({ id: receipts.id });
  await tx.update(receiptLedgerHeads).set({ seq, headHash: sha256 }).where(eq(receiptLedgerHeads.officeId, input.officeId));
  return { id: row!.id, receiptNumber, json, canonical, sha256 };
}

