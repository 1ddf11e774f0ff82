/**
 * Raw form input → answers. Only the inputs the definition declares for the step's visible fields
 * are read, so a field the browser invents is never stored.
 */
import { splitCheckedValues } from "./checked-values";
import { kinds } from "./kinds";
import { getStep } from "./steps";
import type { Answers, FieldReader, FormDefinition } from "./types";
import { isConditionMet, isFieldVisible, visibleAnswers } from "./visibility";

/**
 * The answers of one step. Visibility is evaluated in field order on the earlier answers merged
 * with what was just read, so a field revealed by a radio on the same step is read too.
 */
export function parseStepInput(def: FormDefinition, stepId: string, read: FieldReader, answersSoFar: Answers): Answers {
  const step = getStep(def, stepId);
  const context = visibleAnswers(def, answersSoFar);
  for (const field of step.fields) delete context[field.key];
  if (step.showIf && !isConditionMet(step.showIf, context)) return {};

  const parsed: Answers = {};
  for (const field of step.fields) {
    const kind = kinds[field.kind];
    if (!kind.hasValue || !isFieldVisible(field, context)) continue;
    const value = kind.parse(read, field);
    parsed[field.key] = value;
    context[field.key] = value;
  }
  return parsed;
}

/** Reads FormData by input name; files and missing inputs read as null. `readAll` gives every value (checkboxes). */
export function readerFromFormData(fd: FormData): FieldReader {
  const read = (name: string) => {
    const value = fd.get(name);
    return typeof value === "string" ? value : null;
  };
  const readAll = (name: string) => fd.getAll(name).filter((value): value is string => typeof value === "string");
  return Object.assign(read, { readAll });
}

/**
 * Reads a plain object of input values (tests, seed data, react-hook-form values). Several values
 * under one name are a list, or one comma-joined string as `inputValuesOf` writes them.
 */
export function readerFromRecord(values: Record<string, string | string[] | undefined>): FieldReader {
  const raw = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  const read = (name: string) => {
    const value = raw(name);
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const readAll = (name: string) => {
    const value = raw(name);
    return Array.isArray(value) ? value : splitCheckedValues(value);
  };
  return Object.assign(read, { readAll });
}
