/**
 * Saves one step of a draft. Only the inputs the definition declares for the step are read;
 * invalid input changes nothing and comes back as field errors.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts } from "@/db/schema";
import { getService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { firstInvalidStepId, nextStepId } from "@/lib/forms/journey";
import { parseStepInput } from "@/lib/forms/parse";
import { applyPrefill } from "@/lib/forms/prefill";
import type { FieldReader } from "@/lib/forms/types";
import { validateStep } from "@/lib/forms/validate";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { formEnvFor, identityPrefillOf } from "./form-env";
import { getDraftForApplicant } from "./queries";

export type SaveStepInput = { draftId: string; stepId: string; read: FieldReader; returnToCheck?: boolean };
export type NextPlace = { kind: "step"; stepId: string } | { kind: "check" };
export type SaveStepResult = { ok: true; next: NextPlace } | { ok: false; fieldErrors: Record<string, string> };

export async function saveStep(ctx: RequestContext, input: SaveStepInput): Promise<SaveStepResult> {
  const actor = requireResident(ctx.actor, "draft.save");
  const draft = await getDraftForApplicant(ctx, input.draftId);
  const def = getService(draft.serviceId).form;
  if (!def.steps.some((s) => s.id === input.stepId)) throw new AppError("NOT_FOUND");

  const env = formEnvFor(ctx);
  const stepAnswers = parseStepInput(def, input.stepId, input.read, draft.answers);
  const answers = applyPrefill(def, { ...draft.answers, ...stepAnswers }, identityPrefillOf(actor));
  const verdict = validateStep(def, input.stepId, answers, env);
  if (!verdict.ok) return { ok: false, fieldErrors: verdict.fieldErrors };

  await getDb()
    .update(drafts)
    .set({ answers, updatedAt: ctx.now })
    .where(and(eq(drafts.id, draft.id), eq(drafts.applicantId, actor.userId)));

  const following = nextStepId(def, input.stepId, answers);
  if ((input.returnToCheck && firstInvalidStepId(def, answers, env) === null) || following === null) {
    return { ok: true, next: { kind: "check" } };
  }
  return { ok: true, next: { kind: "step", stepId: following } };
}
