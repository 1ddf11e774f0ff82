/**
 * What the engine does with a group's items once they are read: answers to children hidden in
 * that item are dropped, and computed children are (re)computed from the item and the form.
 * parseStepInput applies it to what was just posted, visibleAnswers to whatever is stored.
 */
import { kinds } from "./kinds";
import { computeValue } from "./kinds/computed";
import { isGroupItem, visibleItemFields } from "./kinds/group";
import type { Answers, AnswerValue, FieldDefinition, GroupItem } from "./types";

export function resolveGroupValue(field: FieldDefinition, value: AnswerValue, formAnswers: Answers): AnswerValue {
  if (!Array.isArray(value) || !value.every(isGroupItem)) return value;
  return value.map((item) => resolveItem(field, item, formAnswers));
}

function resolveItem(field: FieldDefinition, item: GroupItem, formAnswers: Answers): GroupItem {
  const resolved: GroupItem = {};
  const visible = new Set(visibleItemFields(field, item, formAnswers).map((child) => child.key));
  for (const child of field.fields ?? []) {
    if (!visible.has(child.key) || !kinds[child.kind].hasValue) continue;
    if (child.kind === "computed") resolved[child.key] = computeValue(child, formAnswers, resolved);
    else if (Object.hasOwn(item, child.key)) resolved[child.key] = item[child.key] ?? null;
  }
  return resolved;
}
