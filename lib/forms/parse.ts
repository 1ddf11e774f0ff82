/**
 * Raw form input → answers. Only the inputs the definition declares for the step's visible fields
 * are read, so a field the browser invents is never stored.
 */
import { splitCheckedValues } from "./checked-values";
import { resolveGroupValue } from "./group-items";
import { kinds } from "./kinds";
import { computeValue } from "./kinds/computed";
import { keepsStoredValue } from "./kinds/file";
import { getStep } from "./steps";
import type { Answers, AnswerValue, FieldDefinition, FieldReader, FormDefinition } from "./types";
import { isConditionMet, isFieldVisible, visibleAnswers } from "./visibility";

/**
 * The answers of one step. Visibility is evaluated in field order on the earlier answers merged
 * with what was just read, so a field revealed by a radio on the same step is read too. Computed
 * fields get their value here, never from the input (see `readField`).
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
    // Attachments are owned by the upload route: a step post never changes the list.
    const value = keepsStoredValue(field) ? (answersSoFar[field.key] ?? null) : readField(field, read, context);
    parsed[field.key] = value;
    context[field.key] = value;
  }
  return parsed;
}

/**
 * One field's answer. A computed field is never read from the input: its value is computed here
 * from the answers before it (so the draft stores it and the browser shows it live). A group's
 * items drop answers to children hidden in that item and get their computed children.
 */
function readField(field: FieldDefinition, read: FieldReader, context: Answers): AnswerValue {
  if (field.kind === "computed") return computeValue(field, context);
  const value = kinds[field.kind].parse(read, field);
  return field.kind === "group" ? resolveGroupValue(field, value, context) : value;
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
