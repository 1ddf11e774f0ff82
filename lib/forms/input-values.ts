/**
 * Stored answers → the raw strings the form inputs show (the inverse of each kind's parse).
 * Checkboxes: one entry under the field key with the ticked values comma-joined ("a,b"); the
 * widget splits it with `splitCheckedValues`. Date ranges: `key.from` and `key.to`, like address
 * parts. Money: "1234,56" (grosze back to złoty); decimals: "12,5" (Polish comma).
 */
import { joinCheckedValues } from "./checked-values";
import type { AnswerValue, FieldDefinition, FormDefinition, Answers } from "./types";
import { moneyInputText } from "./validators/money";

function fieldInputValues(field: FieldDefinition, value: AnswerValue): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (typeof value === "boolean") return { [field.key]: value ? "yes" : field.kind === "yes-no" ? "no" : "" };
  if (typeof value === "number") return { [field.key]: field.kind === "money" ? moneyInputText(value) : String(value) };
  if (typeof value === "string") return { [field.key]: field.kind === "decimal" ? value.replace(".", ",") : value };
  if (Array.isArray(value)) return { [field.key]: joinCheckedValues(value) };
  return Object.fromEntries(Object.entries(value).map(([part, v]) => [`${field.key}.${part}`, v ?? ""]));
}

export function inputValuesOf(def: FormDefinition, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const step of def.steps) {
    for (const field of step.fields) Object.assign(values, fieldInputValues(field, answers[field.key] ?? null));
  }
  return values;
}
