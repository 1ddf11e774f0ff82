/**
 * "Add another" and "Remove" without JavaScript: the group widget's buttons are submit buttons
 * named `$intent`, valued `add:${groupKey}` or `remove:${groupKey}:${index}`. The step is then
 * saved as posted, without validation, with the item added or removed, and shown again.
 * An intent the step cannot honour (unknown group, hidden group, over `maxItems`, under
 * `minItems`, an index out of range) leaves the answers as they are.
 */
import { maxItemsOf, minItemsOf, isGroupItem } from "./kinds/group";
import { getStep } from "./steps";
import type { Answers, FormDefinition, GroupItem } from "./types";
import { isFieldVisible, visibleAnswers } from "./visibility";

export const INTENT_INPUT = "$intent";

export type GroupIntent = { action: "add"; key: string } | { action: "remove"; key: string; index: number };

export function parseGroupIntent(raw: string | null | undefined): GroupIntent | null {
  const match = /^(add):([A-Za-z0-9]+)$|^(remove):([A-Za-z0-9]+):(\d{1,4})$/.exec(raw ?? "");
  if (!match) return null;
  if (match[1] && match[2]) return { action: "add", key: match[2] };
  if (match[4] && match[5]) return { action: "remove", key: match[4], index: Number(match[5]) };
  return null;
}

/** The answers after the intent, and the input-name prefix of the item to look at next. */
export type AppliedIntent = { answers: Answers; focus: string };

export function applyGroupIntent(def: FormDefinition, stepId: string, answers: Answers, intent: string): AppliedIntent | null {
  const parsed = parseGroupIntent(intent);
  if (!parsed) return null;
  const field = getStep(def, stepId).fields.find((candidate) => candidate.key === parsed.key);
  if (!field || field.kind !== "group" || !isFieldVisible(field, visibleAnswers(def, answers))) return null;
  const stored = answers[field.key];
  const items: GroupItem[] = Array.isArray(stored) ? stored.filter(isGroupItem) : [];
  // A required group with no items yet shows its first (empty) items; count those as there.
  while (items.length < minItemsOf(field)) items.push({});

  if (parsed.action === "add") {
    if (items.length >= maxItemsOf(field)) return null;
    return { answers: { ...answers, [field.key]: [...items, {}] }, focus: `${field.key}.${items.length}` };
  }
  if (parsed.index >= items.length || items.length <= minItemsOf(field)) return null;
  const remaining = items.filter((_, index) => index !== parsed.index);
  return { answers: { ...answers, [field.key]: remaining }, focus: field.key };
}
