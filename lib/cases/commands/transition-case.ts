/** A clerk moves a case to another status with a note; optimistic locking stops lost updates. */
import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db";
import { cases } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { roleOf } from "@/lib/identity/actor";
import { requireStaff } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { notify } from "@/lib/notify/notify";
import { recordCaseEvent } from "../case-events";
import { findTransition, isTransitionAllowed } from "../status-machine";
import { caseStatuses } from "../status-values";
import { caseVisibleTo } from "../visibility";

export const transitionCaseInput = z.object({
  caseId: z.string().uuid(),
  to: z.enum(caseStatuses),
  note: z.string().trim().max(2000).optional().transform((v) => (v ? v : null)),
  expectedVersion: z.coerce.number().int().min(1),
});
/** Raw input as it comes from a form; parsed here, never trusted. */
export type TransitionCaseInput = { caseId: string; to: string; note?: string | null; expectedVersion: number | string };

export async function transitionCase(ctx: RequestContext, rawInput: TransitionCaseInput) {
  const actor = requireStaff(ctx.actor, "case.transition");
  const parsed = transitionCaseInput.safeParse(rawInput);
  if (!parsed.success) throw new AppError("VALIDATION");
  const input = parsed.data;

  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ id: cases.id, status: cases.status, version: cases.version, applicantId: cases.applicantId, officeId: cases.officeId, caseNumber: cases.caseNumber })
      .from(cases)
      .where(and(eq(cases.id, input.caseId), caseVisibleTo(actor)))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.expectedVersion) throw new AppError("CONFLICT");
    if (!isTransitionAllowed(current.status, input.to, roleOf(actor))) {
      throw new AppError("VALIDATION", { userMessage: "cases.errors.transitionNotAllowed" });
    }
    const [updated] = await tx
      .update(cases)
      .set({ status: input.to, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(cases.id, current.id), eq(cases.version, current.version)))
      .returning({ status: cases.status, version: cases.version });
    if (!updated) throw new AppError("CONFLICT");
    const residentVisible = findTransition(current.status, input.to)?.residentVisible ?? false;
    await recordCaseEvent(tx, ctx, { caseId: current.id, type: "case.status_changed", fromStatus: current.status, toStatus: input.to, note: input.note, residentVisible });
    if (residentVisible) {
      await notify(tx, ctx, {
        kind: "status_changed",
        recipientId: current.applicantId,
        officeId: current.officeId,
        caseId: current.id,
        params: { caseNumber: current.caseNumber, status: input.to },
      });
    }
    return updated;
  });
}
