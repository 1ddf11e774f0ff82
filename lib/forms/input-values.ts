/**
 * Stored answers → the raw strings the form inputs show (the inverse of each kind's parse).
 * Checkboxes: one entry under the field key with the ticked values comma-joined ("a,b"); the
 * widget splits it with `splitCheckedValues`. Date ranges: `key.from` and `key.to`, like address
 * parts. Money: "1234,56" (grosze back to złoty); decimals: "12,5" (Polish comma). Groups:
 * `key.count` (how many items) and each child under `key.index.child`, as the widget names them.
 * Computed: the stored number as text ("123400"); the widget formats it.
 */
import { joinCheckedValues } from "./checked-values";
import { childInItem, isGroupItem } from "./kinds/group";
import type { AnswerValue, FieldDefinition, FormDefinition, Answers } from "./types";
import { moneyInputText } from "./validators/money";
import { fileRefsToInputValue } from "@/lib/files/file-refs";

function fieldInputValues(field: FieldDefinition, value: AnswerValue): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (field.kind === "group") return groupInputValues(field, value);
  if (field.kind === "file") return { [field.key]: fileRefsToInputValue(value) };
  if (typeof value === "boolean") return { [field.key]: value ? "yes" : field.kind === "yes-no" ? "no" : "" };
  if (typeof value === "number") return { [field.key]: field.kind === "money" ? moneyInputText(value) : String(value) };
  if (typeof value === "string") return { [field.key]: field.kind === "decimal" ? value.replace(".", ",") : value };
  if (Array.isArray(value)) {
    const ticked = value.filter((item): item is string => typeof item === "string");
    return ticked.length === value.length ? { [field.key]: joinCheckedValues(ticked) } : {};
  }
  return Object.fromEntries(Object.entries(value).map(([part, v]) => [`${field.key}.${part}`, v ?? ""]));
}

function groupInputValues(field: FieldDefinition, value: AnswerValue): Record<string, string> {
  if (!Array.isArray(value) || !value.every(isGroupItem)) return {};
  const values: Record<string, string> = { [`${field.key}.count`]: String(value.length) };
  value.forEach((item, index) => {
    for (const child of field.fields ?? []) {
      Object.assign(values, fieldInputValues(childInItem(field, index, child), item[child.key] ?? null));
    }
  });
  return values;
}

/** Input values of the computed fields only (also inside group items), for showing them live. */
export function computedInputValues(def: FormDefinition, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of def.steps.flatMap((step) => step.fields)) {
    if (field.kind === "computed") Object.assign(values, fieldInputValues(field, answers[field.key] ?? null));
    if (field.kind !== "group" || !(field.fields ?? []).some((child) => child.kind === "computed")) continue;
    const items = answers[field.key];
    if (!Array.isArray(items)) continue;
    items.filter(isGroupItem).forEach((item, index) => {
      for (const child of field.fields ?? []) {
        if (child.kind === "computed") Object.assign(values, fieldInputValues(childInItem(field, index, child), item[child.key] ?? null));
      }
    });
  }
  return values;
}

export function inputValuesOf(def: FormDefinition, answers: Answers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const step of def.steps) {
    for (const field of step.fields) Object.assign(values, fieldInputValues(field, answers[field.key] ?? null));
  }
  return values;
}
