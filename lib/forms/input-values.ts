/** Stored answers → the raw strings the form inputs show (the inverse of each kind's parse). */
import type { AnswerValue, FieldDefinition, FormDefinition, Answers } from "./types";

function fieldInputValues(field: FieldDefinition, value: AnswerValue): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (typeof value === "boolean") return { [field.key]: value ? "yes" : field.kind === "yes-no" ? "no" : "" };
  if (typeof value === "string") return { [field.key]: value };
  return Object.fromEntries(Object.entries(value).map(([part, v]) => [`${field.key}.${part}`, v ?? ""]));
}

export function inputValuesOf(def: FormDefinition, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const step of def.steps) {
    for (const field of step.fields) Object.assign(values, fieldInputValues(field, answers[field.key] ?? null));
  }
  return values;
}
