"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { defineAction, formValues, type ActionState } from "@/lib/actions";
import { saveStep } from "@/lib/applications/save-step";
import { submitApplication } from "@/lib/cases/commands/submit-application";
import { INTENT_INPUT } from "@/lib/forms/group-intent";
import { readerFromFormData } from "@/lib/forms/parse";
import { inputIdFor } from "@/lib/forms/validate";
import { translate } from "@/lib/i18n/translate";
import { requestSigningCode } from "@/lib/submissions/signing-code";

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

const HASH = /^[0-9a-f]{64}$/;

export const requestSigningCodeAction = defineAction(
  "application.sign",
  async (ctx, draftId: string, _prev: ActionState, formData: FormData) => {
    const documentHash = String(formData.get("documentHash") ?? "");
    if (!HASH.test(documentHash)) return { ok: false, formError: translate(ctx.locale, "signing.errors.documentChanged") };
    await requestSigningCode(ctx, { draftId, documentHash });
    // The same page again, now with the code field (a redirect to it would be a no-op for the router).
    revalidatePath(`/apply/${draftId}/sign`);
  },
);

export const signAndSubmitAction = defineAction(
  "application.submit",
  async (ctx, draftId: string, _prev: ActionState, formData: FormData) => {
    const documentHash = String(formData.get("documentHash") ?? "");
    const code = String(formData.get("code") ?? "").replace(/\s/g, "");
    // A malformed code is a typing slip: it does not use up an attempt.
    if (!/^\d{6}$/.test(code)) return { ok: false, fieldErrors: { code: translate(ctx.locale, "signing.errors.codeFormat") } };
    if (!HASH.test(documentHash)) return { ok: false, formError: translate(ctx.locale, "signing.errors.documentChanged") };
    const { caseId } = await submitApplication(ctx, { draftId, documentHash, code });
    redirect(`/apply/submitted/${caseId}`);
  },
);
