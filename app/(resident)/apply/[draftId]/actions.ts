"use server";

import { redirect } from "next/navigation";

import { defineAction, formValues, type ActionState } from "@/lib/actions";
import { saveStep } from "@/lib/applications/save-step";
import { submitApplication } from "@/lib/cases/commands/submit-application";
import { INTENT_INPUT } from "@/lib/forms/group-intent";
import { readerFromFormData } from "@/lib/forms/parse";
import { inputIdFor } from "@/lib/forms/validate";

export const saveStepAction = defineAction(
  "draft.save",
  async (ctx, draftId: string, stepId: string, returnToCheck: boolean, _prev: ActionState, formData: FormData) => {
    // A group's "Add another" / "Remove" button: save as posted and come back to this step.
    const intent = formData.get(INTENT_INPUT);
    const read = readerFromFormData(formData);
    const result = await saveStep(ctx, { draftId, stepId, read, returnToCheck, intent: typeof intent === "string" ? intent : null });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, values: formValues(formData) };
    if (result.next.kind === "check") redirect(`/apply/${draftId}/check`);
    const query = returnToCheck && result.next.stepId === stepId ? "?return=check" : "";
    const anchor = result.next.focus ? `#${inputIdFor(result.next.focus)}` : "";
    redirect(`/apply/${draftId}/${result.next.stepId}${query}${anchor}`);
  },
);

export const submitApplicationAction = defineAction(
  "application.submit",
  async (ctx, draftId: string, _prev: ActionState, _formData: FormData) => {
    const { caseId } = await submitApplication(ctx, { draftId });
    redirect(`/apply/submitted/${caseId}`);
  },
);
