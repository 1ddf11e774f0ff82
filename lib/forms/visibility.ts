/**
 * Which steps and fields apply, given the answers so far. A condition may only point at an
 * earlier field; an answer to a field that is itself hidden counts as no answer.
 */
import { kinds } from "./kinds";
import type { Answers, Condition, FieldDefinition, FormDefinition, StepDefinition } from "./types";

export function isConditionMet(cond: Condition, answers: Answers): boolean {
  if ("all" in cond) return cond.all.every((inner) => isConditionMet(inner, answers));
  if ("any" in cond) return cond.any.some((inner) => isConditionMet(inner, answers));
  const value = answers[cond.field] ?? null;
  if ("equals" in cond) return matches(value, cond.equals);
  if ("notEquals" in cond) return !matches(value, cond.notEquals);
  if (Array.isArray(value)) return value.some((item) => cond.in.includes(item));
  return typeof value === "string" && cond.in.includes(value);
}

/**
 * Browser values are raw ("yes"/"no" from yes-no radios, "yes" from a ticked box); compare alike.
 * A list (checkboxes) matches a string it contains.
 */
function matches(value: unknown, expected: string | boolean): boolean {
  if (Array.isArray(value)) return typeof expected === "string" && value.includes(expected);
  if (typeof expected === "string") return value === expected;
  const asBoolean = value === "yes" ? true : value === "no" ? false : value;
  return asBoolean === expected;
}

export function isFieldVisible(field: FieldDefinition, answers: Answers): boolean {
  return !field.showIf || isConditionMet(field.showIf, answers);
}

/** Optional by definition, or while its `optionalIf` condition holds. */
export function isFieldOptional(field: FieldDefinition, answers: Answers): boolean {
  return field.optional === true || (field.optionalIf !== undefined && isConditionMet(field.optionalIf, answers));
}

/** The step's fields that apply, evaluated in order so a hidden field cannot reveal another. */
export function visibleFields(step: StepDefinition, answers: Answers): FieldDefinition[] {
  const effective: Answers = { ...answers };
  const visible: FieldDefinition[] = [];
  for (const field of step.fields) {
    if (isFieldVisible(field, effective)) visible.push(field);
    else delete effective[field.key];
  }
  return visible;
}

export type VisibleStep = { step: StepDefinition; fields: FieldDefinition[] };

/** Every step and field that applies, with answers to hidden fields disregarded throughout. */
export function visibleLayout(def: FormDefinition, answers: Answers): VisibleStep[] {
  return walkVisible(def, answers).layout;
}

export function visibleSteps(def: FormDefinition, answers: Answers): StepDefinition[] {
  return visibleLayout(def, answers).map(({ step }) => step);
}

/** Only the answers of visible fields, in definition order (hidden or undeclared ones dropped). */
export function visibleAnswers(def: FormDefinition, answers: Answers): Answers {
  return walkVisible(def, answers).kept;
}

function walkVisible(def: FormDefinition, answers: Answers): { layout: VisibleStep[]; kept: Answers } {
  const kept: Answers = {};
  const layout: VisibleStep[] = [];
  for (const step of def.steps) {
    if (step.showIf && !isConditionMet(step.showIf, kept)) continue;
    const fields: FieldDefinition[] = [];
    for (const field of step.fields) {
      if (!isFieldVisible(field, kept)) continue;
      fields.push(field);
      if (kinds[field.kind].hasValue && field.key in answers) kept[field.key] = answers[field.key] ?? null;
    }
    layout.push({ step, fields });
  }
  return { layout, kept };
}
