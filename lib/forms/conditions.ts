/**
 * Evaluating a declarative condition against answers. Kept apart from visibility.ts (which needs
 * the kind registry) so field kinds themselves, such as `group`, can use it without an import cycle.
 */
import type { Answers, Condition } from "./types";

export function isConditionMet(cond: Condition, answers: Answers): boolean {
  if ("all" in cond) return cond.all.every((inner) => isConditionMet(inner, answers));
  if ("any" in cond) return cond.any.some((inner) => isConditionMet(inner, answers));
  const value = answers[cond.field] ?? null;
  if ("equals" in cond) return matches(value, cond.equals);
  if ("notEquals" in cond) return !matches(value, cond.notEquals);
  if (Array.isArray(value)) return value.some((item) => typeof item === "string" && cond.in.includes(item));
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

/** The answers a field inside a group item sees: the item's own answers first, then the form's. */
export function itemContext(formAnswers: Answers, item: Answers): Answers {
  return { ...formAnswers, ...item };
}
