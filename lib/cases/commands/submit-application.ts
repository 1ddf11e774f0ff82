/**
 * Turns a complete draft into a submission and a registered case in one transaction: the
 * answers snapshot, the case number, the first history event, and the draft's removal.
 * Idempotent per draft: a double click or a replayed request yields the same case.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import type { Transaction } from "@/db/client";
import { cases, departments, drafts, officeServices, offices, submissions } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { applyPrefill } from "@/lib/forms/prefill";
import { visibleAnswers } from "@/lib/forms/visibility";
import { summarizeAnswers } from "@/lib/forms/summarize";
import { validateAnswers } from "@/lib/forms/validate";
import type { ResidentActor } from "@/lib/identity/actor";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { attachFilesToCase } from "@/lib/files/attach-to-case";
import { notify } from "@/lib/notify/notify";
import { recordCaseEvent } from "../case-events";
import { allocateCaseSequence, formatCaseNumber, yearInWarsaw } from "../case-number";

export type SubmittedCase = { caseId: string; caseNumber: string };

export async function submitApplication(ctx: RequestContext, input: { draftId: string }): Promise<SubmittedCase> {
  const actor = requireResident(ctx.actor, "application.submit");
  if (!isUuid(input.draftId)) throw new AppError("NOT_FOUND");
  return getDb().transaction(async (tx) => {
    // Locks the draft: a concurrent duplicate waits here, then finds the draft gone.
    const [draft] = await tx
      .select()
      .from(drafts)
      .where(and(eq(drafts.id, input.draftId), eq(drafts.applicantId, actor.userId)))
      .for("update");
    if (!draft) return findExistingSubmission(tx, actor, input.draftId);
    return createCase(tx, ctx, actor, draft);
  });
}

async function findExistingSubmission(tx: Transaction, actor: ResidentActor, draftId: string): Promise<SubmittedCase> {
  const [existing] = await tx
    .select({ caseId: cases.id, caseNumber: cases.caseNumber })
    .from(submissions)
    .innerJoin(cases, eq(cases.submissionId, submissions.id))
    .where(and(eq(submissions.applicantId, actor.userId), eq(submissions.draftId, draftId)));
  if (!existing) throw new AppError("NOT_FOUND");
  return existing;
}

async function createCase(tx: Transaction, ctx: RequestContext, actor: ResidentActor, draft: typeof drafts.$inferSelect): Promise<SubmittedCase> {
  const service = getService(draft.serviceId);
  if (draft.formVersion !== service.version) throw new AppError("CONFLICT", { userMessage: "applications.errors.formChanged" });
  const env = formEnvFor(ctx);
  const answers = visibleAnswers(service.form, applyPrefill(service.form, draft.answers, identityPrefillOf(actor)));
  const verdict = validateAnswers(service.form, answers, env);
  if (!verdict.ok) throw new AppError("VALIDATION", { userMessage: "applications.errors.incomplete" });

  const [placement] = await tx
    .select({ departmentId: departments.id, unit: departments.caseUnitSymbol, officeUnit: offices.caseUnitSymbol })
    .from(offices)
    .innerJoin(officeServices, and(eq(officeServices.officeId, offices.id), eq(officeServices.serviceId, service.id)))
    .innerJoin(departments, and(eq(departments.officeId, offices.id), eq(departments.code, service.departmentCode)))
    .where(eq(offices.id, draft.officeId));
  if (!placement) throw new AppError("VALIDATION", { userMessage: "applications.errors.officeNotOffering" });

  const [submission] = await tx
    .insert(submissions)
    .values({
      applicantId: actor.userId,
      officeId: draft.officeId,
      serviceId: service.id,
      formVersion: service.version,
      draftId: draft.id,
      answers,
      summary: summarizeAnswers(service.form, answers, env),
      submittedAt: ctx.now,
    })
    .returning({ id: submissions.id });

  const year = yearInWarsaw(ctx.now);
  const sequence = await allocateCaseSequence(tx, draft.officeId, service.jrwaClass, year);
  const caseNumber = formatCaseNumber({ unit: placement.unit ?? placement.officeUnit, jrwaClass: service.jrwaClass, sequence, year });
  const [created] = await tx
    .insert(cases)
    .values({
      officeId: draft.officeId,
      departmentId: placement.departmentId,
      serviceId: service.id,
      applicantId: actor.userId,
      submissionId: submission!.id,
      caseNumber,
      jrwaClass: service.jrwaClass,
      year,
      sequence,
      status: "submitted",
      receivedAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: cases.id });

  // Attachments move from the draft to the case, so the office (and only it) can read them.
  await attachFilesToCase(tx, draft.id, created!.id);
  await recordCaseEvent(tx, ctx, { caseId: created!.id, type: "case.submitted", toStatus: "submitted", residentVisible: true });
  await notify(tx, ctx, {
    kind: "submission_received",
    recipientId: actor.userId,
    officeId: draft.officeId,
    caseId: created!.id,
    params: { caseNumber, serviceId: service.id },
  });
  await tx.delete(drafts).where(eq(drafts.id, draft.id));
  return { caseId: created!.id, caseNumber };
}
