import { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { defineKind, singleInput } from "./define-kind";
import { evaluateExpression, roundHalfUp } from "../expressions";
import type { Answers, AnswerValue, FieldDefinition, GroupItem } from "../types";
import type { Locale } from "@/lib/i18n/locales";
import { formatDecimal } from "../validators/number";
import { formatMoney } from "../validators/money";

/**
 * The value of a computed field: its expression over the (visible) answers, inside a group over
 * the item first. Money and integer results are whole (grosze, units); decimals keep at most 10
 * places, so float noise (0.30000000000000004) never reaches a person.
 */
export function computeValue(field: FieldDefinition, answers: Answers, item?: GroupItem): number | null {
  if (!field.expression) return null;
  const value = evaluateExpression(field.expression, answers, item);
  if (value === null) return null;
  if (field.format === "money" || field.format === "integer") return roundHalfUp(value);
  const rounded = Number(value.toFixed(10));
  return rounded === 0 ? 0 : rounded;
}

/** "1 234,56 zł" for money (grosze), "1 234" / "12,5" for numbers; a note while it cannot be computed. */
export function formatComputed(value: AnswerValue | undefined, field: FieldDefinition, locale: Locale): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return translate(locale, "forms.computed.unavailable");
  if (field.format === "money") return formatMoney(Math.round(value), locale);
  return formatDecimal(Number.isInteger(value) ? value : Number(value.toFixed(10)), locale);
}

/**
 * A read-only value derived from other answers (a fee, a tax). It is never read from the
 * browser: `parse` ignores whatever was posted, and the engine fills the value in from the
 * expression (parseStepInput for the stored draft, visibleAnswers for validation and summaries).
 */
export const computedKind = defineKind({
  kind: "computed",
  hasValue: true,
  schema: () => z.preprocess((value) => (value === undefined ? null : value), z.number().nullable()),
  parse: () => null,
  summarize: (value, field, env) => formatComputed(value, field, env.locale),
  example: () => null,
  // The id of the shown value (error links); nothing under this name is ever read.
  inputNames: singleInput,
});
