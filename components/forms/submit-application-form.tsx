"use client";

import { useActionState } from "react";

import type { ActionState } from "@/lib/actions";
import { ErrorSummary } from "./error-summary";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  labels: { submit: string; submitting: string; errorTitle: string };
};

export function SubmitApplicationForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const formError = state && !state.ok ? state.formError : undefined;
  return (
    <form id="submit-form" action={formAction}>
      <ErrorSummary title={labels.errorTitle} errors={formError ? [{ href: "#submit-form", text: formError }] : []} />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
