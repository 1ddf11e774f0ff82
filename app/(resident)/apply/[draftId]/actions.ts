"use server";

import { redirect } from "next/navigation";

import { defineAction, formValues, type ActionState } from "@/lib/actions";
import { saveStep } from "@/lib/applications/save-step";
import { submitApplication } from "@/lib/cases/commands/submit-application";
import { readerFromFormData } from "@/lib/forms/parse";

export const saveStepAction = defineAction(
  "draft.save",
  async (ctx, draftId: string, stepId: string, returnToCheck: boolean, _prev: ActionState, formData: FormData) => {
    const result = await saveStep(ctx, { draftId, stepId, read: readerFromFormData(formData), returnToCheck });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, values: formValues(formData) };
    redirect(result.next.kind === "check" ? `/apply/${draftId}/check` : `/apply/${draftId}/${result.next.stepId}`);
  },
);

export const submitApplicationAction = defineAction(
  "application.submit",
  async (ctx, draftId: string, _prev: ActionState, _formData: FormData) => {
    const { caseId } = await submitApplication(ctx, { draftId });
    redirect(`/apply/submitted/${caseId}`);
  },
);
