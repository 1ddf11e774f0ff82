import { z } from "zod";
import { defineKind, singleInput, summarizeText } from "./define-kind";
import { readAllValues, splitCheckedValues } from "../checked-values";
import { localize } from "../localize";
import { fieldMessage } from "../messages";
import type { FieldDefinition, FormEnv } from "../types";

/** Trimmed, without repeats: the definition's options in its order, then anything else. */
function orderChecked(list: readonly string[], field: FieldDefinition): string[] {
  const ticked = new Set(list.map((item) => item.trim()).filter((item) => item !== ""));
  const known = (field.options ?? []).map((option) => option.value).filter((value) => ticked.has(value));
  return [...known, ...[...ticked].filter((item) => !known.includes(item))];
}

/** A list, a comma-joined string or nothing → the ordered list; other shapes are left for zod. */
function normalizeChecked(value: unknown, field: FieldDefinition): unknown {
  if (value === undefined || value === null || value === false || value === "") return [];
  const list = typeof value === "string" ? splitCheckedValues(value) : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) return value;
  return orderChecked(list, field);
}

function countProblem(field: FieldDefinition, env: FormEnv, count: number): string | null {
  if (count === 0) return field.optional ? null : fieldMessage(field, env, "required", "forms.errors.checkboxesRequired");
  const min = field.minSelected ?? 1;
  if (count < min) return fieldMessage(field, env, "tooFew", "forms.errors.checkboxesTooFew", { min });
  const max = field.maxSelected;
  if (max === undefined || count <= max) return null;
  return max === 1
    ? fieldMessage(field, env, "tooMany", "forms.errors.checkboxesOnlyOne")
    : fieldMessage(field, env, "tooMany", "forms.errors.checkboxesTooMany", { max });
}

/**
 * Several options: one checkbox each, all named after the field, stored as the ticked option
 * values in definition order (never null: nothing ticked is []). Required means at least one;
 * `minSelected` / `maxSelected` narrow that, and an optional field may still be left empty.
 */
export const checkboxesKind = defineKind({
  kind: "checkboxes",
  hasValue: true,
  schema: (field, env) => {
    const values = (field.options ?? []).map((option) => option.value);
    const invalid = fieldMessage(field, env, "invalid", "forms.errors.invalidOption");
    const list = z.array(z.string({ error: invalid }), { error: invalid }).superRefine((ticked, ctx) => {
      const message = ticked.some((value) => !values.includes(value)) ? invalid : countProblem(field, env, ticked.length);
      if (message) ctx.addIssue({ code: "custom", message });
    });
    return z.preprocess((value) => normalizeChecked(value, field), list);
  },
  parse: (read, field) => orderChecked(readAllValues(read, field.key), field),
  summarize: (value, field, env) => {
    const ticked = Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
    if (ticked.length === 0) return summarizeText(null, env);
    const labelOf = (item: string) => field.options?.find((option) => option.value === item)?.label;
    return ticked.map((item) => localize(labelOf(item) ?? { pl: item }, env.locale)).join(", ");
  },
  example: (field) => (field.options ?? []).slice(0, Math.max(field.minSelected ?? 1, 1)).map((option) => option.value),
  inputNames: singleInput,
});
