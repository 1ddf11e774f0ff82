"use client";

import { Fragment, useActionState, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";

import type { ActionState } from "@/lib/actions";
import { INTENT_INPUT } from "@/lib/forms/group-intent";
import { computedInputValues } from "@/lib/forms/input-values";
import { parseStepInput, readerFromFormData, readerFromRecord } from "@/lib/forms/parse";
import type { Answers, FieldDefinition, FormDefinition, FormEnv } from "@/lib/forms/types";
import { validateStep } from "@/lib/forms/validate";
import { isFieldOptional, isFieldVisible, visibleAnswers } from "@/lib/forms/visibility";
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

/** The button that sent the form, when the browser says (SubmitEvent.submitter). */
function submitterOf(event: { nativeEvent: Event }): HTMLElement | null {
  const native = event.nativeEvent as Event & { submitter?: HTMLElement | null };
  return native.submitter ?? null;
}

/**
 * One step of any service. Without JavaScript it is a plain form posting to the server
 * action; with it, the same parse and the same schema validate in the browser first.
 *
 * A group's "Add another" / "Remove" buttons are submit buttons named `$intent`: they post
 * without client-side validation (the server saves the step as posted and shows it again).
 * Computed fields show the value computed from the answers as they stand: re-parsed from the
 * form on every change with JavaScript, from the saved or posted values without it.
 */
export function StepForm({ definition, stepId, answers, values, env, prefillNote, optionalNote, labels, action }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(action, null);
  const [, startTransition] = useTransition();
  // Live answers belong to the values they were typed over: new values from the server (after
  // "Add another" / "Remove") start afresh, and the inputs are mounted again (key below).
  const [liveFor, setLiveFor] = useState<{ values: Record<string, string>; answers: Answers } | null>(null);
  const live = liveFor?.values === values ? liveFor.answers : null;
  const setLive = (next: Answers) => setLiveFor({ values, answers: next });
  // The action state an intent was sent from: a redirect leaves it as it was, and it is stale then.
  const [stateBeforeIntent, setStateBeforeIntent] = useState<ActionState | undefined>(undefined);
  const step = definition.steps.find((s) => s.id === stepId)!;

  const readForm = () => parseStepInput(definition, stepId, readerFromFormData(new FormData(formRef.current!)), answers);
  const resolver: Resolver<Record<string, unknown>> = async (formValues) => {
    const verdict = validateStep(definition, stepId, { ...answers, ...readForm() }, env);
    return verdict.ok ? { values: formValues, errors: {} } : { values: {}, errors: nest(verdict.fieldErrors) };
  };
  const { register, handleSubmit, formState, clearErrors } = useForm<Record<string, unknown>>({ resolver, mode: "onTouched", shouldFocusError: false });

  // False during server rendering and hydration, true afterwards: no effect needed.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);

  const current = stateBeforeIntent !== undefined && state === stateBeforeIntent ? null : state;
  const serverErrors = current && !current.ok ? (current.fieldErrors ?? {}) : {};
  const clientErrors = flatten(formState.errors);
  const errors = Object.keys(clientErrors).length > 0 ? clientErrors : serverErrors;
  const shownValues = current && !current.ok && current.values ? current.values : values;
  const formError = current && !current.ok ? current.formError : undefined;

  // The answers as they stand, with computed values: what groups and computed fields show.
  const stepAnswers = live ?? parseStepInput(definition, stepId, readerFromRecord(shownValues), answers);
  const standing = visibleAnswers(definition, { ...answers, ...stepAnswers });
  const widgetValues = { ...shownValues, ...computedInputValues(definition, standing) };
  const hasIntents = step.fields.some((field) => field.kind === "group");
  // After "add"/"remove" the server sends new group values: remount so removed items drop their
  // typed text. Only group values count, so a refresh (e.g. after an upload) keeps what was typed.
  const groupKeys = step.fields.filter((field) => field.kind === "group").map((field) => `${field.key}.`);
  const remountKey = JSON.stringify(Object.entries(values).filter(([name]) => groupKeys.some((prefix) => name.startsWith(prefix))));

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
      data-hydrated={hydrated ? "true" : undefined}
      action={formAction}
      noValidate
      onChange={() => setLive(readForm())}
      onSubmit={(event) => {
        const form = event.currentTarget;
        const submitter = submitterOf(event);
        if (submitter?.getAttribute("name") === INTENT_INPUT) {
          // "Add another" / "Remove": no validation, the step is saved as it is.
          event.preventDefault();
          clearErrors();
          setStateBeforeIntent(state);
          const formData = new FormData(form);
          formData.set(INTENT_INPUT, submitter.getAttribute("value") ?? "");
          startTransition(() => formAction(formData));
          return;
        }
        return handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
      }}
    >
      {hasIntents && (
        // Enter in a text input presses the form's first submit button: make that "Continue",
        // not a group's "Remove". Hidden from sight and from assistive technology.
        <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">{labels.continue}</button>
      )}
      <ErrorSummary title={labels.errorTitle} errors={summary} />
      <Fragment key={remountKey}>
        {step.fields.filter(visible).map((field) => {
          const Widget = fieldWidgets[field.kind];
          return (
            <Widget
              key={field.key}
              field={field}
              locale={env.locale}
              values={widgetValues}
              errors={errors}
              register={register}
              readOnlyNote={field.prefill ? prefillNote : undefined}
              optionalNote={isFieldOptional(field, { ...answers, ...live }) ? optionalNote : undefined}
              answers={standing}
            />
          );
        })}
      </Fragment>
      <button type="submit" className="btn">{labels.continue}</button>
    </form>
  );
}
