"use client";

import { useActionState } from "react";

import type { ActionState } from "@/lib/actions";
import { ErrorSummary } from "./error-summary";

type Office = { code: string; name: string };
type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  offices: Office[];
  labels: { legend: string; submit: string; errorTitle: string };
};

export function StartApplicationForm({ action, offices, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const officeError = state && !state.ok ? state.fieldErrors?.office : undefined;
  const formError = state && !state.ok ? state.formError : undefined;
  const errors = [
    ...(officeError ? [{ href: "#field-office", text: officeError }] : []),
    ...(formError ? [{ href: "#start-form", text: formError }] : []),
  ];
  return (
    <form id="start-form" action={formAction} noValidate>
      <ErrorSummary title={labels.errorTitle} errors={errors} />
      <fieldset className={officeError ? "field-group-error mb-4" : "mb-4"} aria-describedby={officeError ? "office-error" : undefined}>
        <legend className="label text-lg">{labels.legend}</legend>
        {officeError && <span id="office-error" className="field-error">{officeError}</span>}
        {offices.map((office, index) => (
          <div key={office.code} className="my-2 flex items-center gap-2">
            <input
              type="radio"
              name="office"
              value={office.code}
              id={index === 0 ? "field-office" : `field-office-${office.code}`}
              defaultChecked={offices.length === 1}
              className="h-6 w-6"
            />
            <label htmlFor={index === 0 ? "field-office" : `field-office-${office.code}`}>{office.name}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>{labels.submit}</button>
    </form>
  );
}
