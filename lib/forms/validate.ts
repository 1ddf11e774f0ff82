/** Validation verdicts keyed by HTML input name, so an error summary can link to each input. */
import type { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { answerableFields, buildStepSchema } from "./build-schema";
import { kinds } from "./kinds";
import { checkRules } from "./rules";
import { getStep } from "./steps";
import type { Answers, FieldDefinition, FormDefinition, FormEnv } from "./types";
import { visibleAnswers, visibleSteps } from "./visibility";

export type FieldErrors = Record<string, string>;
export type StepVerdict = { ok: true; values: Answers } | { ok: false; fieldErrors: FieldErrors };
export type FormVerdict = { ok: true; values: Answers } | { ok: false; fieldErrors: FieldErrors; stepId: string };

/** The id of the element an error links to: `newAddress.postalCode` → `field-newAddress-postalCode`. */
export function inputIdFor(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9]/g, "-")}`;
}

/**
 * Validates the step's visible fields, then the step's named rules (rules.ts) once the fields
 * are valid; `answers` may hold other steps' answers (for conditions). Computed values come
 * from `visibleAnswers`, which recomputes them, never from `answers` as given.
 */
export function validateStep(def: FormDefinition, stepId: string, answers: Answers, env: FormEnv): StepVerdict {
  const effective = visibleAnswers(def, answers);
  const fields = answerableFields(def, stepId, answers);
  const input = Object.fromEntries(fields.map((field) => [field.key, effective[field.key] ?? null]));
  const result = buildStepSchema(def, stepId, answers, env).safeParse(input);
  if (!result.success) return { ok: false, fieldErrors: collectFieldErrors(result.error.issues, fields, env) };
  const ruleErrors = checkRules(def, getStep(def, stepId), fields, { ...effective, ...result.data }, env);
  return Object.keys(ruleErrors).length === 0 ? { ok: true, values: result.data } : { ok: false, fieldErrors: ruleErrors };
}

/** Validates every visible step; answers to hidden fields are dropped from `values`. */
export function validateAnswers(def: FormDefinition, answers: Answers, env: FormEnv): FormVerdict {
  const values: Answers = {};
  const fieldErrors: FieldErrors = {};
  let firstStepId: string | null = null;
  for (const step of visibleSteps(def, answers)) {
    const verdict = validateStep(def, step.id, answers, env);
    if (verdict.ok) {
      Object.assign(values, verdict.values);
    } else {
      firstStepId ??= step.id;
      for (const [name, message] of Object.entries(verdict.fieldErrors)) fieldErrors[name] ??= message;
    }
  }
  return firstStepId === null ? { ok: true, values } : { ok: false, fieldErrors, stepId: firstStepId };
}

function collectFieldErrors(issues: z.core.$ZodIssue[], fields: FieldDefinition[], env: FormEnv): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) errors[key] ??= translate(env.locale, "forms.errors.unexpectedField");
      continue;
    }
    errors[inputNameOf(issue.path, fields)] ??= issue.message;
  }
  return errors;
}

/**
 * The issue's path as an input name; a whole-field issue of a multi-input kind goes to its first
 * input. Inside a group the path is [group, index, child, …]: `owners.1.pesel`,
 * `owners.0.address.street`.
 */
function inputNameOf(path: PropertyKey[], fields: FieldDefinition[]): string {
  const name = path.map(String).join(".");
  const field = fields.find((candidate) => candidate.key === String(path[0]));
  if (!field) return name;
  if (field.kind === "group" && path.length >= 3) {
    return `${field.key}.${String(path[1])}.${inputNameOf(path.slice(2), field.fields ?? [])}`;
  }
  const names = kinds[field.kind].inputNames(field);
  return names.includes(name) ? name : (names[0] ?? name);
}
