"use client";

import { useActionState, type ReactNode } from "react";

import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionState } from "@/lib/actions";

type Props = {
  id: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  submit: string;
  errorTitle: string;
  /** Where the error summary links to. */
  errorTarget: string;
  children?: ReactNode;
  secondary?: boolean;
};

/** A small form posting to a server action, with the shared success and error feedback. */
export function ActionForm({ id, action, submit, errorTitle, errorTarget, children, secondary }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const formError = state && !state.ok ? state.formError : undefined;
  return (
    <form id={id} action={formAction} className="mb-6" noValidate>
      <ErrorSummary title={errorTitle} errors={formError ? [{ href: `#${errorTarget}`, text: formError }] : []} />
      {state?.ok && state.message && <p role="status" className="font-bold text-[var(--color-success)]">{state.message}</p>}
      {children}
      <button type="submit" className={secondary ? "btn btn-secondary" : "btn"} disabled={pending}>{submit}</button>
    </form>
  );
}
