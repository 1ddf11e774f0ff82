"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionState } from "@/lib/actions";

type Option = { value: string; label: string };
type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  options: Option[];
  version: number;
  labels: { title: string; newStatus: string; note: string; save: string; errorTitle: string };
};

export function TransitionForm({ action, options, version, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const formError = state && !state.ok ? state.formError : undefined;
  return (
    <form id="transition-form" action={formAction} className="mb-8 border-2 border-[var(--color-line)] p-4">
      <h2 className="!mt-0">{labels.title}</h2>
      <ErrorSummary title={labels.errorTitle} errors={formError ? [{ href: "#transition-to", text: formError }] : []} />
      {state?.ok && state.message && <p role="status" className="font-bold text-[var(--color-success)]">{state.message}</p>}
      <input type="hidden" name="version" value={version} />
      <div className="mb-4">
        <label className="label" htmlFor="transition-to">{labels.newStatus}</label>
        <select id="transition-to" name="to" className="input max-w-sm" required>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </div>
      <div className="mb-4">
        <label className="label" htmlFor="transition-note">{labels.note}</label>
        <textarea id="transition-note" name="note" rows={3} maxLength={2000} className="input max-w-2xl" />
      </div>
      <button type="submit" className="btn" disabled={pending}>{labels.save}</button>
    </form>
  );
}
