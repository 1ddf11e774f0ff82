/**
 * The signed documents of a case — the application PDF as signed, the receipt PDF, the receipt's
 * canonical JSON and its detached JWS — for whoever may see the case (the same SQL rule as every
 * case query: the applicant, the office's staff). Anyone else: NOT_FOUND.
 */
import "server-only";

import { and, eq, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { cases, receipts, submissionDocuments } from "@/db/schema";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "@/lib/identity/context";
import { isGranted } from "@/lib/identity/policy";
import { isUuid } from "@/lib/ids";
import { receiptDocument } from "./receipt-document";

export const caseDocumentKinds = ["wniosek.pdf", "upo.pdf", "upo.json", "upo.jws"] as const;
export type CaseDocumentKind = (typeof caseDocumentKinds)[number];

export function isCaseDocumentKind(value: string): value is CaseDocumentKind {
  return (caseDocumentKinds as readonly string[]).includes(value);
}

export type CaseDocument = { fileName: string; contentType: string; content: Buffer };

function visibility(ctx: RequestContext) {
  const actor = ctx.actor;
  const allowed = (actor.type === "resident" && isGranted(actor, "case.read_own")) || (actor.type === "staff" && isGranted(actor, "case.read_office"));
  return allowed ? caseVisibleTo(actor) : sql`false`;
}

export async function getCaseDocument(ctx: RequestContext, caseId: string, kind: CaseDocumentKind): Promise<CaseDocument> {
  if (!isUuid(caseId)) throw new AppError("NOT_FOUND");
  const db = getDb();
  const [row] = await db
    .select({ caseNumber: cases.caseNumber, receiptId: receipts.id, canonical: receipts.canonical, jws: receipts.jws, submissionId: cases.submissionId })
    .from(cases)
    .innerJoin(receipts, eq(receipts.caseId, cases.id))
    .where(and(eq(cases.id, caseId), visibility(ctx)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  const base = row.caseNumber.replace(/[^A-Za-z0-9.-]+/g, "_");
  switch (kind) {
    case "upo.pdf":
      return { fileName: `UPO-${base}.pdf`, contentType: "application/pdf", content: await receiptDocument(db, row.receiptId) };
    case "upo.json":
      return { fileName: `UPO-${base}.json`, contentType: "application/json", content: row.canonical };
    case "upo.jws":
      return { fileName: `UPO-${base}.jws`, contentType: "application/jose", content: Buffer.from(row.jws, "utf8") };
    case "wniosek.pdf": {
      const [doc] = await db.select({ pdf: submissionDocuments.pdf }).from(submissionDocuments).where(eq(submissionDocuments.submissionId, row.submissionId));
      if (!doc) throw new AppError("NOT_FOUND");
      return { fileName: `wniosek-${base}.pdf`, contentType: "application/pdf", content: doc.pdf };
    }
  }
}
