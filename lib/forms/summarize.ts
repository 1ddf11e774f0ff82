/** Check-your-answers rows (also stored with the submission and shown to the office). */
import { kinds } from "./kinds";
import { childInItem, isGroupItem, itemLabelOf, visibleItemFields } from "./kinds/group";
import { localize } from "./localize";
import type { Answers, FieldDefinition, FormDefinition, FormEnv, SummaryRow, SummarySection } from "./types";
import { visibleAnswers, visibleLayout } from "./visibility";

export function summarizeAnswers(def: FormDefinition, answers: Answers, env: FormEnv): SummarySection[] {
  const visible = visibleAnswers(def, answers);
  const sections: SummarySection[] = [];
  for (const { step, fields } of visibleLayout(def, answers)) {
    const rows = fields.filter((field) => kinds[field.kind].hasValue).flatMap((field) => rowsOf(field, visible, env));
    if (rows.length > 0) sections.push({ stepId: step.id, title: localize(step.title, env.locale), rows });
  }
  return sections;
}

/**
 * One row per field; a group gives one row per answered child of each item, keyed by its input
 * name and labelled with the item ("Pojazd 2: Numer VIN"), or a single row when it has no items.
 */
function rowsOf(field: FieldDefinition, visible: Answers, env: FormEnv): SummaryRow[] {
  const value = visible[field.key] ?? null;
  const items = field.kind === "group" && Array.isArray(value) ? value.filter(isGroupItem) : [];
  if (items.length === 0) {
    return [{ key: field.key, label: localize(field.label, env.locale), value: kinds[field.kind].summarize(value, field, env) }];
  }
  return items.flatMap((item, index) =>
    visibleItemFields(field, item, visible)
      .filter((child) => kinds[child.kind].hasValue)
      .map((child) => ({
        key: childInItem(field, index, child).key,
        label: `${itemLabelOf(field, index, env.locale)}: ${localize(child.label, env.locale)}`,
        value: kinds[child.kind].summarize(item[child.key] ?? null, child, env),
      })),
  );
}
