/** Assigns a case to a member of its department (dekretacja, first cut) and tells the assignee. */
import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db";
import { cases, staffMemberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireStaff } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { canAssignTo } from "@/lib/identity/policy";
import { notify } from "@/lib/notify/notify";
import { recordCaseEvent } from "../case-events";
import { caseVisibleTo } from "../visibility";

const assignCaseInput = z.object({
  caseId: z.string().uuid(),
  assigneeId: z.string().min(1),
  expectedVersion: z.coerce.number().int().min(1),
});
export type AssignCaseInput = { caseId: string; assigneeId: string; expectedVersion: number | string };

export async function assignCase(ctx: RequestContext, rawInput: AssignCaseInput) {
  const actor = requireStaff(ctx.actor, "case.assign");
  const parsed = assignCaseInput.safeParse(rawInput);
  if (!parsed.success) throw new AppError("VALIDATION");
  const input = parsed.data;
  if (!canAssignTo(actor, input.assigneeId)) throw new AppError("FORBIDDEN");

  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ id: cases.id, version: cases.version, departmentId: cases.departmentId, officeId: cases.officeId, caseNumber: cases.caseNumber })
      .from(cases)
      .where(and(eq(cases.id, input.caseId), caseVisibleTo(actor)))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.expectedVersion) throw new AppError("CONFLICT");
    const [assignee] = await tx
      .select({ name: users.name })
      .from(staffMemberships)
      .innerJoin(users, eq(users.id, staffMemberships.userId))
      .where(and(eq(staffMemberships.userId, input.assigneeId), eq(staffMemberships.departmentId, current.departmentId)));
    if (!assignee) throw new AppError("VALIDATION", { userMessage: "office.detail.assigneeNotInDepartment" });
    await tx.update(cases).set({ assigneeId: input.assigneeId, version: current.version + 1, updatedAt: ctx.now }).where(eq(cases.id, current.id));
    await recordCaseEvent(tx, ctx, { caseId: current.id, type: "case.assigned", note: assignee.name, residentVisible: false });
    await notify(tx, ctx, { kind: "case_assigned", recipientId: input.assigneeId, officeId: current.officeId, caseId: current.id, params: { caseNumber: current.caseNumber } });
    return { version: current.version + 1 };
  });
}
