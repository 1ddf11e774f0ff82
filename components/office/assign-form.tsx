"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionState } from "@/lib/actions";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  staff: { id: string; name: string }[];
  currentId: string | null;
  version: number;
  labels: { title: string; current: string; assignTo: string; assign: string; errorTitle: string };
};

export function AssignForm({ action, staff, currentId, version, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const formError = state && !state.ok ? state.formError : undefined;
  return (
    <form id="assign-form" action={formAction} className="mb-8 border-2 border-[var(--color-line)] p-4">
      <h2 className="!mt-0">{labels.title}</h2>
      <p>{labels.current}</p>
      <ErrorSummary title={labels.errorTitle} errors={formError ? [{ href: "#assign-to", text: formError }] : []} />
      {state?.ok && state.message && <p role="status" className="font-bold text-[var(--color-success)]">{state.message}</p>}
      <input type="hidden" name="version" value={version} />
      <div className="mb-4">
        <label className="label" htmlFor="assign-to">{labels.assignTo}</label>
        <select id="assign-to" name="assigneeId" className="input max-w-sm" defaultValue={currentId ?? staff[0]?.id}>
          {staff.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={pending}>{labels.assign}</button>
    </form>
  );
}
