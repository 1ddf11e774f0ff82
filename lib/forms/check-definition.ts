/**
 * Problems in a form definition that types cannot catch: duplicate keys, conditions or date
 * bounds pointing at later (or unknown) fields, choices without options, groups without
 * fields (or inside groups), expressions referring to anything but an earlier number, amount or
 * computed value (or an earlier group for `sumOver` / `count`), rules referring to fields that
 * are not on their step. Run for every service.
 */
import { kinds } from "./kinds";
import { MAX_GROUP_ITEMS } from "./kinds/group";
import type { Condition, Expression, FieldDefinition, FieldKind, FormDefinition, FormRule, StepDefinition } from "./types";

/** Keys become input names and ids, so no dots (address parts use `key.part`). */
const KEY = /^[a-z][A-Za-z0-9]*$/;
const PREFILLABLE_KINDS: readonly FieldKind[] = ["text", "pesel", "date"];
/** What an expression's `field` may point at. */
const NUMERIC_KINDS: readonly FieldKind[] = ["integer", "decimal", "money", "computed"];

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
    problems.push(...checkRules(step, earlier));
  }
  return problems;
}

/**
 * `earlier`: the fields a condition, bound or expression may point at. Inside a group that is
 * the earlier fields of the form plus the earlier fields of the same item (which win).
 */
function checkField(field: FieldDefinition, earlier: Map<string, FieldDefinition>, group?: FieldDefinition): string[] {
  const where = group ? `field ${group.key}.${field.key}` : `field ${field.key}`;
  const problems: string[] = [];
  if (field.kind === "group") problems.push(...checkGroup(field, earlier, group));
  if (field.kind === "computed") {
    if (!field.expression) problems.push(`${where}: a computed field needs an expression`);
    else problems.push(...checkExpression(field.expression, earlier).map((problem) => `${where}: ${problem}`));
  }
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
  if (field.prefill && group) problems.push(`${where}: a field inside a group cannot be prefilled`);
  return problems;
}

function checkGroup(field: FieldDefinition, earlier: Map<string, FieldDefinition>, parent?: FieldDefinition): string[] {
  const where = `field ${field.key}`;
  const problems: string[] = [];
  if (parent) return [`field ${parent.key}.${field.key}: groups cannot be nested`];
  const children = field.fields ?? [];
  if (children.length === 0) problems.push(`${where}: a group needs fields`);
  const { minItems, maxItems } = field;
  if (minItems !== undefined && !(Number.isInteger(minItems) && minItems >= 0 && minItems <= MAX_GROUP_ITEMS)) {
    problems.push(`${where}: minItems must be a whole number from 0 to ${MAX_GROUP_ITEMS}`);
  }
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems >= 1 && maxItems <= MAX_GROUP_ITEMS)) {
    problems.push(`${where}: maxItems must be a whole number from 1 to ${MAX_GROUP_ITEMS}`);
  }
  if (minItems !== undefined && maxItems !== undefined && minItems > maxItems) problems.push(`${where}: minItems is above maxItems`);
  const scope = new Map(earlier);
  const siblings = new Set<string>();
  for (const child of children) {
    problems.push(...checkField(child, scope, field));
    if (siblings.has(child.key)) problems.push(`${where}: duplicate field key ${child.key} in the group`);
    siblings.add(child.key);
    if (kinds[child.kind].hasValue) scope.set(child.key, child);
  }
  return problems;
}

/** `field` references must be earlier numbers, amounts or computed values; `sumOver` / `count` earlier groups. */
function checkExpression(expr: Expression, earlier: Map<string, FieldDefinition>, depth = 0): string[] {
  if (depth > 32) return ["expression is nested too deeply"];
  const inner = (list: unknown, exactly?: number): string[] => {
    if (!Array.isArray(list) || list.length === 0 || (exactly !== undefined && list.length !== exactly)) {
      return [exactly ? `expression needs exactly ${exactly} operands` : "expression needs at least one operand"];
    }
    return (list as Expression[]).flatMap((each) => checkExpression(each, earlier, depth + 1));
  };
  if (typeof expr !== "object" || expr === null) return ["expression must be an object"];
  if ("const" in expr) return Number.isFinite(expr.const) ? [] : ["expression constant must be a finite number"];
  if ("field" in expr) {
    const target = earlier.get(expr.field);
    return target && NUMERIC_KINDS.includes(target.kind)
      ? []
      : [`expression must point at an earlier number, amount or computed field (${expr.field})`];
  }
  if ("sum" in expr) return inner(expr.sum);
  if ("product" in expr) return inner(expr.product);
  if ("min" in expr) return inner(expr.min);
  if ("max" in expr) return inner(expr.max);
  if ("subtract" in expr) return inner(expr.subtract, 2);
  if ("divide" in expr) return inner(expr.divide, 2);
  if ("round" in expr) {
    const unit = expr.unit === "grosz" || expr.unit === "zloty" ? [] : ["round unit must be grosz or zloty"];
    return [...unit, ...checkExpression(expr.round, earlier, depth + 1)];
  }
  if ("sumOver" in expr) {
    const group = earlier.get(expr.sumOver);
    if (group?.kind !== "group") return [`sumOver must point at an earlier group (${expr.sumOver})`];
    // Inside `of`, the item's fields come first (all of them: the group is complete by now).
    const itemScope = new Map(earlier);
    for (const child of group.fields ?? []) itemScope.set(child.key, child);
    return checkExpression(expr.of, itemScope, depth + 1);
  }
  if ("count" in expr) return earlier.get(expr.count)?.kind === "group" ? [] : [`count must point at an earlier group (${expr.count})`];
  return ["unknown expression"];
}

/** Rule fields must be answerable fields of the step; `after` and a total field may also be earlier. */
function checkRules(step: StepDefinition, earlier: Map<string, FieldDefinition>): string[] {
  const own = new Map(step.fields.filter((field) => kinds[field.kind].hasValue).map((field) => [field.key, field]));
  const where = (rule: FormRule) => `step ${step.id}: rule ${rule.kind}`;
  const problems: string[] = [];
  const expect = (rule: FormRule, key: string, allowed: readonly FieldKind[], scope: Map<string, FieldDefinition>, what: string) => {
    const target = scope.get(key);
    if (!target) problems.push(`${where(rule)}: ${key} is not ${scope === own ? "a field of the step" : "an earlier field"}`);
    else if (!allowed.includes(target.kind)) problems.push(`${where(rule)}: ${key} must be ${what}`);
  };
  const anyKind = Object.keys(kinds) as FieldKind[];
  for (const rule of step.rules ?? []) {
    if (rule.kind === "dateAfter") {
      expect(rule, rule.field, ["date"], own, "a date field");
      expect(rule, rule.after, ["date"], earlier, "a date field");
      continue;
    }
    if (rule.fields.length === 0) problems.push(`${where(rule)}: needs fields`);
    if (rule.kind === "atLeastOne") {
      for (const key of rule.fields) expect(rule, key, anyKind, own, "a field");
      continue;
    }
    for (const key of rule.fields) expect(rule, key, NUMERIC_KINDS, own, "a number, amount or computed field");
    if (typeof rule.total === "number") {
      if (!Number.isFinite(rule.total)) problems.push(`${where(rule)}: total must be a finite number`);
    } else {
      expect(rule, rule.total.field, NUMERIC_KINDS, earlier, "a number, amount or computed field");
    }
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
