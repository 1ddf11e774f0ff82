/** Check-your-answers rows (also stored with the submission and shown to the office). */
import { kinds } from "./kinds";
import { localize } from "./localize";
import type { Answers, FormDefinition, FormEnv, SummarySection } from "./types";
import { visibleAnswers, visibleLayout } from "./visibility";

export function summarizeAnswers(def: FormDefinition, answers: Answers, env: FormEnv): SummarySection[] {
  const visible = visibleAnswers(def, answers);
  const sections: SummarySection[] = [];
  for (const { step, fields } of visibleLayout(def, answers)) {
    const rows = fields
      .filter((field) => kinds[field.kind].hasValue)
      .map((field) => ({
        key: field.key,
        label: localize(field.label, env.locale),
        value: kinds[field.kind].summarize(visible[field.key] ?? null, field, env),
      }));
    if (rows.length > 0) sections.push({ stepId: step.id, title: localize(step.title, env.locale), rows });
  }
  return sections;
}
