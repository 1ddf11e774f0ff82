/**
 * Named cross-field rules of a step (`StepDefinition.rules`), checked once every field of the
 * step is valid on its own. A broken rule is an error on its first (visible) field, so the error
 * summary links to it. Fields hidden by their conditions count as not answered; a rule whose
 * fields are all hidden is not checked.
 *
 * - dateAfter: `field` must be a later date than `after` (checked only when both are given).
 * - atLeastOne: at least one of `fields` is answered (an unticked consent counts as no answer).
 * - sumEquals: the numbers in `fields` (unanswered = 0) add up to `total`. A constant total is in
 *   the unit the person types, like `minValue` (złoty when the fields are money); `{ field }` is
 *   another answer, compared as stored (grosze); while that answer is missing the rule waits.
 */
import { translate, type MessageKey, type MessageParams } from "@/lib/i18n/translate";
import { localize } from "./localize";
import { labelParams, lowerFirst } from "./messages";
import type { Answers, AnswerValue, FieldDefinition, FormDefinition, FormEnv, FormRule, StepDefinition } from "./types";
import { formatMoney } from "./validators/money";
import { formatDecimal } from "./validators/number";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Errors by input name for the rules of one step. `visible` are the step's visible fields,
 * `answers` the visible answers with the step's validated values.
 */
export function checkRules(
  def: FormDefinition,
  step: StepDefinition,
  visible: readonly FieldDefinition[],
  answers: Answers,
  env: FormEnv,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = new Map(def.steps.flatMap((each) => each.fields).map((field) => [field.key, field]));
  const shown = new Set(visible.map((field) => field.key));
  const hidden = new Set(step.fields.map((field) => field.key).filter((key) => !shown.has(key)));
  const label = (key: string) => {
    const field = known.get(key);
    return field ? localize(field.label, env.locale) : key;
  };
  // Another step's field counts when it is among the (visible) answers; a hidden one of this step never.
  const value = (key: string): AnswerValue => (hidden.has(key) ? null : (answers[key] ?? null));
  for (const rule of step.rules ?? []) {
    const verdict = checkRule(rule, shown, value, known, env, label);
    if (verdict) errors[verdict.target] ??= verdict.message;
  }
  return errors;
}

type Broken = { target: string; message: string };

function checkRule(
  rule: FormRule,
  shown: Set<string>,
  value: (key: string) => AnswerValue,
  known: Map<string, FieldDefinition>,
  env: FormEnv,
  label: (key: string) => string,
): Broken | null {
  const message = (key: MessageKey, params: MessageParams) =>
    rule.message ? fill(localize(rule.message, env.locale), params) : translate(env.locale, key, params);
  if (rule.kind === "dateAfter") {
    if (!shown.has(rule.field)) return null;
    const date = value(rule.field);
    const after = value(rule.after);
    if (typeof date !== "string" || typeof after !== "string" || !ISO_DATE.test(date) || !ISO_DATE.test(after)) return null;
    if (date > after) return null;
    const field = known.get(rule.field);
    const params = { ...(field ? labelParams(field, env) : { label: rule.field }), after: label(rule.after), afterLower: lowerFirst(label(rule.after)) };
    return { target: rule.field, message: message("forms.rules.dateAfter", params) };
  }

  const target = rule.fields.find((key) => shown.has(key));
  if (target === undefined) return null;
  const labels = rule.fields.filter((key) => shown.has(key)).map((key) => `„${label(key)}”`).join(", ");

  if (rule.kind === "atLeastOne") {
    const answered = rule.fields.some((key) => shown.has(key) && isAnswered(value(key), known.get(key)));
    return answered ? null : { target, message: message("forms.rules.atLeastOne", { labels, label: label(target) }) };
  }

  const isMoney = known.get(target)?.kind === "money";
  const total = typeof rule.total === "number" ? (isMoney ? Math.round(rule.total * 100) : rule.total) : numberOf(value(rule.total.field));
  if (total === null) return null;
  const sum = rule.fields.reduce((acc, key) => acc + (shown.has(key) ? (numberOf(value(key)) ?? 0) : 0), 0);
  if (Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total))) return null;
  const shownTotal = isMoney ? formatMoney(Math.round(total), env.locale) : formatDecimal(total, env.locale);
  return { target, message: message("forms.rules.sumEquals", { labels, label: label(target), total: shownTotal }) };
}

function isAnswered(value: AnswerValue, field: FieldDefinition | undefined): boolean {
  if (value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value === false) return field?.kind !== "consent";
  return true;
}

function numberOf(value: AnswerValue): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return null;
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
