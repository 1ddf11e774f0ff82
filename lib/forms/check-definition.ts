/**
 * Problems in a form definition that types cannot catch: duplicate keys, conditions or date
 * bounds pointing at later (or unknown) fields, choices without options. Run for every service.
 */
import { kinds } from "./kinds";
import type { Condition, FieldDefinition, FieldKind, FormDefinition } from "./types";

/** Keys become input names and ids, so no dots (address parts use `key.part`). */
const KEY = /^[a-z][A-Za-z0-9]*$/;
const PREFILLABLE_KINDS: readonly FieldKind[] = ["text", "pesel", "date"];

export function checkFormDefinition(def: FormDefinition): string[] {
  const problems: string[] = [];
  const earlier = new Map<string, FieldDefinition>();
  const stepIds = new Set<string>();
  if (!Number.isInteger(def.version) || def.version < 1) problems.push("version must be a positive integer");
  for (const step of def.steps) {
    if (stepIds.has(step.id)) problems.push(`duplicate step id ${step.id}`);
    stepIds.add(step.id);
    if (step.showIf) problems.push(...checkCondition(step.showIf, earlier, `step ${step.id}`));
    for (const field of step.fields) {
      problems.push(...checkField(field, earlier));
      if (earlier.has(field.key)) problems.push(`duplicate field key ${field.key}`);
      if (kinds[field.kind].hasValue) earlier.set(field.key, field);
    }
  }
  return problems;
}

function checkField(field: FieldDefinition, earlier: Map<string, FieldDefinition>): string[] {
  const where = `field ${field.key}`;
  const problems: string[] = [];
  if (!KEY.test(field.key)) problems.push(`${where}: key must be camelCase letters and digits`);
  if (field.showIf) problems.push(...checkCondition(field.showIf, earlier, where));
  if (field.optionalIf) problems.push(...checkCondition(field.optionalIf, earlier, where));
  const isChoice = field.kind === "radio" || field.kind === "select" || field.kind === "checkboxes";
  const values = (field.options ?? []).map((option) => option.value);
  if (isChoice && values.length === 0) problems.push(`${where}: a choice needs options`);
  if (new Set(values).size !== values.length || values.includes("")) {
    problems.push(`${where}: option values must be unique and non-empty`);
  }
  // Several ticked values travel comma-joined in input values (see checked-values.ts).
  if (field.kind === "checkboxes" && values.some((value) => value.includes(","))) {
    problems.push(`${where}: checkbox option values must not contain commas`);
  }
  for (const bound of [field.min, field.max]) {
    if (typeof bound !== "object" || !("field" in bound)) continue;
    if (earlier.get(bound.field)?.kind !== "date") {
      problems.push(`${where}: date bound must point at an earlier date field`);
    }
  }
  problems.push(...checkCounts(field, values.length).map((problem) => `${where}: ${problem}`));
  if (field.prefill && !PREFILLABLE_KINDS.includes(field.kind)) {
    problems.push(`${where}: prefill needs a text, pesel or date field`);
  }
  return problems;
}

/** Numeric bounds, decimal places and checkbox counts that no answer could satisfy. */
function checkCounts(field: FieldDefinition, optionCount: number): string[] {
  const problems: string[] = [];
  const { minValue, maxValue, decimals, minSelected, maxSelected } = field;
  if (minValue !== undefined && maxValue !== undefined && minValue > maxValue) problems.push("minValue is above maxValue");
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0)) {
    problems.push("decimals must be a whole number, 0 or more");
  }
  for (const count of [minSelected, maxSelected]) {
    if (count !== undefined && !(Number.isInteger(count) && count >= 1 && count <= optionCount)) {
      problems.push("minSelected and maxSelected must be between 1 and the number of options");
    }
  }
  if (minSelected !== undefined && maxSelected !== undefined && minSelected > maxSelected) {
    problems.push("minSelected is above maxSelected");
  }
  return problems;
}

function checkCondition(cond: Condition, earlier: Map<string, FieldDefinition>, where: string): string[] {
  if ("all" in cond) return cond.all.flatMap((inner) => checkCondition(inner, earlier, where));
  if ("any" in cond) return cond.any.flatMap((inner) => checkCondition(inner, earlier, where));
  const target = earlier.get(cond.field);
  if (!target) return [`${where}: condition must point at an earlier field (${cond.field})`];
  const expected = "equals" in cond ? [cond.equals] : "notEquals" in cond ? [cond.notEquals] : cond.in;
  const options = target.options?.map((option) => option.value);
  const isBoolean = target.kind === "yes-no" || target.kind === "consent";
  const fits = expected.every((value) =>
    isBoolean ? typeof value === "boolean" : typeof value === "string" && (!options || options.includes(value)),
  );
  return fits ? [] : [`${where}: condition compares ${cond.field} with a value it cannot have`];
}
