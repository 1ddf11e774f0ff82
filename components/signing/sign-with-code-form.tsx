"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError, FieldHint } from "@/components/forms/fields/field-message";
import type { ActionState } from "@/lib/actions";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  documentHash: string;
  labels: { code: string; hint: string; errorPrefix: string; submit: string; submitting: string; errorTitle: string };
};

/** The code from the e-mail and the button that signs and files. Works without JavaScript. */
export function SignWithCodeForm({ action, documentHash, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const codeError = failed?.fieldErrors?.code ?? failed?.formError;
  return (
    <form id="sign-form" action={formAction} noValidate className="mb-6">
      <ErrorSummary title={labels.errorTitle} errors={codeError ? [{ href: "#signing-code", text: codeError }] : []} />
      <input type="hidden" name="documentHash" value={documentHash} />
      <div className="mb-6">
        <label htmlFor="signing-code" className="label">{labels.code}</label>
        <FieldHint id="signing-code-hint" text={labels.hint} />
        <FieldError id="signing-code-error" text={codeError} prefix={labels.errorPrefix} />
        <input
          id="signing-code"
          name="code"
          className="input w-40 font-mono text-xl tracking-widest"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          aria-describedby={codeError ? "signing-code-hint signing-code-error" : "signing-code-hint"}
          aria-invalid={codeError ? true : undefined}
        />
      </div>
      <button type="submit" className="btn" disabled={pending}>{pending ? labels.submitting : labels.submit}</button>
    </form>
  );
}
