/**
 * Saves one step of a draft. Only the inputs the definition declares for the step are read;
 * invalid input changes nothing and comes back as field errors. A group's "Add another" /
 * "Remove" button (an `$intent`, see lib/forms/group-intent.ts) saves the step as posted without
 * validating it, adds or removes the item, and comes back to the same step.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts } from "@/db/schema";
import { getService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { applyGroupIntent } from "@/lib/forms/group-intent";
import { firstInvalidStepId, nextStepId } from "@/lib/forms/journey";
import { parseStepInput } from "@/lib/forms/parse";
import { applyPrefill } from "@/lib/forms/prefill";
import type { FieldReader } from "@/lib/forms/types";
import { validateStep } from "@/lib/forms/validate";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { formEnvFor, identityPrefillOf } from "./form-env";
import { getDraftForApplicant } from "./queries";

export type SaveStepInput = {
  draftId: string;
  stepId: string;
  read: FieldReader;
  returnToCheck?: boolean;
  /** The `$intent` of the submit button, e.g. "add:owners" or "remove:owners:1". */
  intent?: string | null;
};
/** `focus`: after an intent, the input-name prefix of the item to scroll to (e.g. "owners.2"). */
export type NextPlace = { kind: "step"; stepId: string; focus?: string } | { kind: "check" };
export type SaveStepResult = { ok: true; next: NextPlace } | { ok: false; fieldErrors: Record<string, string> };

export async function saveStep(ctx: RequestContext, input: SaveStepInput): Promise<SaveStepResult> {
  const actor = requireResident(ctx.actor, "draft.save");
  const draft = await getDraftForApplicant(ctx, input.draftId);
  const def = getService(draft.serviceId).form;
  if (!def.steps.some((s) => s.id === input.stepId)) throw new AppError("NOT_FOUND");

  const env = formEnvFor(ctx);
  const stepAnswers = parseStepInput(def, input.stepId, input.read, draft.answers);
  const answers = applyPrefill(def, { ...draft.answers, ...stepAnswers }, identityPrefillOf(actor));

  if (input.intent) {
    // "Add another" / "Remove": saved as posted (not validated), then the same step again.
    const applied = applyGroupIntent(def, input.stepId, answers, input.intent);
    await getDb()
      .update(drafts)
      .set({ answers: applied?.answers ?? answers, currentStepId: input.stepId, updatedAt: ctx.now })
      .where(and(eq(drafts.id, draft.id), eq(drafts.applicantId, actor.userId)));
    return { ok: true, next: { kind: "step", stepId: input.stepId, focus: applied?.focus } };
  }

  const verdict = validateStep(def, input.stepId, answers, env);
  if (!verdict.ok) return { ok: false, fieldErrors: verdict.fieldErrors };

  const following = nextStepId(def, input.stepId, answers);
  const next: NextPlace =
    (input.returnToCheck && firstInvalidStepId(def, answers, env) === null) || following === null
      ? { kind: "check" }
      : { kind: "step", stepId: following };
  await getDb()
    .update(drafts)
    .set({ answers, currentStepId: next.kind === "check" ? "check" : next.stepId, updatedAt: ctx.now })
    .where(and(eq(drafts.id, draft.id), eq(drafts.applicantId, actor.userId)));
  return { ok: true, next };
}
