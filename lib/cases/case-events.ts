/**
 * History events (the metryka sprawy), written in the same transaction as the change they
 * describe. Each event is hash-chained to the case's previous one, and the table is append-only
 * (a trigger refuses UPDATE and DELETE), so a rewritten history shows (audit-chain.ts).
 */
import { desc, eq, sql } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { caseEvents } from "@/db/schema";
import type { RequestContext } from "@/lib/identity/context";
import { eventHash } from "./event-hash";
import type { CaseStatus } from "./status-values";

export type CaseEventInput = {
  caseId: string;
  type: "case.submitted" | "case.status_changed" | "case.assigned";
  fromStatus?: CaseStatus;
  toStatus?: CaseStatus;
  note?: string | null;
  residentVisible: boolean;
  /** Whom the actor acted for, when not for themselves. */
  onBehalfOfUserId?: string | null;
  /** The document the action concerns, e.g. "receipt:<id>". */
  documentRef?: string | null;
};

export async function recordCaseEvent(tx: Executor, ctx: RequestContext, event: CaseEventInput): Promise<void> {
  const actor = ctx.actor;
  // One writer per case at a time, so the chain has no forks.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-events:${event.caseId}`}))`);
  const [previous] = await tx.select({ hash: caseEvents.hash }).from(caseEvents).where(eq(caseEvents.caseId, event.caseId)).orderBy(desc(caseEvents.id)).limit(1);
  const row = {
    caseId: event.caseId,
    type: event.type,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    actorUserId: actor.type === "resident" || actor.type === "staff" ? actor.userId : null,
    actorKind: actor.type === "resident" || actor.type === "staff" ? actor.type : ("system" as const),
    onBehalfOfUserId: event.onBehalfOfUserId ?? null,
    documentRef: event.documentRef ?? null,
    note: event.note ?? null,
    residentVisible: event.residentVisible,
    occurredAt: ctx.now,
    prevHash: previous?.hash ?? null,
  };
  await tx.insert(caseEvents).values({ ...row, hash: eventHash(row) });
}
