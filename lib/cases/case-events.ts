/** History events, written in the same transaction as the change they describe. */
import type { Executor } from "@/db/client";
import { caseEvents } from "@/db/schema";
import type { RequestContext } from "@/lib/identity/context";
import type { CaseStatus } from "./status-values";

export type CaseEventInput = {
  caseId: string;
  type: "case.submitted" | "case.status_changed" | "case.assigned";
  fromStatus?: CaseStatus;
  toStatus?: CaseStatus;
  note?: string | null;
  residentVisible: boolean;
};

export async function recordCaseEvent(tx: Executor, ctx: RequestContext, event: CaseEventInput): Promise<void> {
  const actor = ctx.actor;
  const actorKind = actor.type === "resident" || actor.type === "staff" ? actor.type : "system";
  await tx.insert(caseEvents).values({
    caseId: event.caseId,
    type: event.type,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    actorUserId: actor.type === "resident" || actor.type === "staff" ? actor.userId : null,
    actorKind,
    note: event.note ?? null,
    residentVisible: event.residentVisible,
    occurredAt: ctx.now,
  });
}
