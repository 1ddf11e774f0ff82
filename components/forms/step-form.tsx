"use client";

import { useActionState, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";

import type { ActionState } from "@/lib/actions";
import { parseStepInput, readerFromFormData } from "@/lib/forms/parse";
import type { Answers, FieldDefinition, FormDefinition, FormEnv } from "@/lib/forms/types";
import { validateStep } from "@/lib/forms/validate";
import { isFieldOptional, isFieldVisible } from "@/lib/forms/visibility";
import { ErrorSummary } from "./error-summary";
import { fieldWidgets } from "./field-widgets";
import { inputIdFor } from "@/lib/forms/validate";

type Props = {
  definition: FormDefinition;
  stepId: string;
  answers: Answers;
  values: Record<string, string>;
  env: FormEnv;
  prefillNote: string;
  optionalNote: string;
  labels: { continue: string; errorTitle: string };
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
};

const subscribeNothing = () => () => {};

/** Errors keyed by input name, flattened from react-hook-form's nested error object. */
function flatten(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if ("message" in value && typeof value.message === "string") out[name] = value.message;
    else Object.assign(out, flatten(value as FieldErrors, name));
  }
  return out;
}

function nest(flat: Record<string, string>): FieldErrors {
  const out: Record<string, unknown> = {};
  for (const [name, message] of Object.entries(flat)) {
    const path = name.split(".");
    let node = out;
    path.slice(0, -1).forEach((p) => (node = (node[p] ??= {}) as Record<string, unknown>));
    node[path[path.length - 1]!] = { type: "validate", message };
  }
  return out as FieldErrors;
}

/**
 * One step of any service. Without JavaScript it is a plain form posting to the server
 * action; with it, the same parse and the same schema validate in the browser first.
 */
export function StepForm({ definition, stepId, answers, values, env, prefillNote, optionalNote, labels, action }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(action, null);
  const [, startTransition] = useTransition();
  const [live, setLive] = useState<Answers | null>(null);
  const step = definition.steps.find((s) => s.id === stepId)!;

  const readForm = () => parseStepInput(definition, stepId, readerFromFormData(new FormData(formRef.current!)), answers);
  const resolver: Resolver<Record<string, unknown>> = async (formValues) => {
    const verdict = validateStep(definition, stepId, { ...answers, ...readForm() }, env);
    return verdict.ok ? { values: formValues, errors: {} } : { values: {}, errors: nest(verdict.fieldErrors) };
  };
  const { register, handleSubmit, formState } = useForm<Record<string, unknown>>({ resolver, mode: "onTouched", shouldFocusError: false });

  // False during server rendering and hydration, true afterwards: no effect needed.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const clientErrors = flatten(formState.errors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors;
  const shownValues = state && !state.ok && state.values ? state.values : values;
  const formError = state && !state.ok ? state.formError : undefined;

  // Without JavaScript every field that depends on this step's own answers is shown; the server
  // ignores the answers of fields its conditions hide.
  const visible = (field: FieldDefinition) =>
    hydrated ? isFieldVisible(field, { ...answers, ...live }) : isFieldVisible(field, answers) || dependsOnThisStep(field);
  const dependsOnThisStep = (field: FieldDefinition) =>
    !!field.showIf && step.fields.some((other) => JSON.stringify(field.showIf).includes(`"${other.key}"`));

  const summary = [
    ...Object.entries(errors).map(([name, text]) => ({ href: `#${inputIdFor(name)}`, text })),
    ...(formError ? [{ href: "#step-form", text: formError }] : []),
  ];

  return (
    <form
      id="step-form"
      ref={formRef}
      action={formAction}
      noValidate
      onChange={() => setLive(readForm())}
      onSubmit={(event) => {
        const form = event.currentTarget;
        return handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
      }}
    >
      <ErrorSummary title={labels.errorTitle} errors={summary} />
      {step.fields.filter(visible).map((field) => {
        const Widget = fieldWidgets[field.kind];
        return (
          <Widget
            key={field.key}
            field={field}
            locale={env.locale}
            values={shownValues}
            errors={errors}
            register={register}
            readOnlyNote={field.prefill ? prefillNote : undefined}
            optionalNote={isFieldOptional(field, { ...answers, ...live }) ? optionalNote : undefined}
          />
        );
      })}
      <button type="submit" className="btn">{labels.continue}</button>
    </form>
  );
}
