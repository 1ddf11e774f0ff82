/**
 * Which steps and fields apply, given the answers so far. A condition may only point at an
 * earlier field; an answer to a field that is itself hidden counts as no answer.
 */
import { isConditionMet } from "./conditions";
import { resolveGroupValue } from "./group-items";
import { kinds } from "./kinds";
import { computeValue } from "./kinds/computed";
import type { Answers, FieldDefinition, FormDefinition, StepDefinition } from "./types";

export { isConditionMet } from "./conditions";

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

/**
 * Only the answers of visible fields, in definition order (hidden or undeclared ones dropped).
 * Computed fields are (re)computed here from the visible answers before them, whatever was
 * stored; group items lose answers to children hidden in that item and get their computed
 * children. Validation, summaries and the submitted snapshot all read answers through here.
 */
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
      if (field.kind === "computed") kept[field.key] = computeValue(field, kept);
      else if (field.kind === "group" && field.key in answers) kept[field.key] = resolveGroupValue(field, answers[field.key] ?? null, kept);
      else if (kinds[field.kind].hasValue && field.key in answers) kept[field.key] = answers[field.key] ?? null;
    }
    layout.push({ step, fields });
  }
  return { layout, kept };
}
