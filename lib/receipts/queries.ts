/** Receipt facts for pages, through the same case visibility rule as the downloads. */
import "server-only";

import { and, eq, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { cases, receipts } from "@/db/schema";
import { caseVisibleTo } from "@/lib/cases/visibility";
import type { RequestContext } from "@/lib/identity/context";
import { isGranted } from "@/lib/identity/policy";
import { isUuid } from "@/lib/ids";

export type ReceiptSummary = { caseId: string; receiptNumber: string; receivedAt: string; sha256: string };

export async function receiptForCase(ctx: RequestContext, caseId: string): Promise<ReceiptSummary | null> {
  if (!isUuid(caseId)) return null;
  const actor = ctx.actor;
  const allowed = (actor.type === "resident" && isGranted(actor, "case.read_own")) || (actor.type === "staff" && isGranted(actor, "case.read_office"));
  const [row] = await getDb()
    .select({ receiptNumber: receipts.receiptNumber, receivedAt: receipts.issuedAt, sha256: receipts.sha256 })
    .from(receipts)
    .innerJoin(cases, eq(cases.id, receipts.caseId))
    .where(and(eq(receipts.caseId, caseId), allowed ? caseVisibleTo(actor) : sql`false`))
    .limit(1);
  return row ? { caseId, receiptNumber: row.receiptNumber, receivedAt: row.receivedAt.toISOString(), sha256: row.sha256 } : null;
}
