import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/translate";
import { dateKind, normalizeDateInput } from "./date";
import { defineKind, summarizeText } from "./define-kind";
import { resolveDateBound, resolveStaticBound } from "../date-bounds";
import { addDays, formatDate, isIsoDate } from "../dates";
import { fieldMessage } from "../messages";
import type { Answers, DateRangeValue, FieldDefinition, FieldReader, FormEnv } from "../types";

const PARTS = ["from", "to"] as const;
type Part = (typeof PARTS)[number];

const MESSAGES: Record<Part, { required: MessageKey; invalid: MessageKey }> = {
  from: { required: "forms.errors.dateRangeFromRequired", invalid: "forms.errors.dateRangeFromInvalid" },
  to: { required: "forms.errors.dateRangeToRequired", invalid: "forms.errors.dateRangeToInvalid" },
};

function normalizePart(raw: unknown): string {
  const value = normalizeDateInput(raw);
  return typeof value === "string" ? value : "";
}

/** Raw reads, browser values or a stored range → both parts as strings, or null when optional and empty. */
function normalizeRange(value: unknown, optional: boolean): unknown {
  if (value !== null && value !== undefined && typeof value !== "object") return value;
  const source = (value ?? {}) as Partial<Record<Part, unknown>>;
  const range = { from: normalizePart(source.from), to: normalizePart(source.to) };
  return optional && range.from === "" && range.to === "" ? null : range;
}

function partProblem(part: Part, value: string, field: FieldDefinition, env: FormEnv, answers: Answers): string | null {
  if (value === "") return fieldMessage(field, env, "required", MESSAGES[part].required);
  if (!isIsoDate(value)) return fieldMessage(field, env, "invalid", MESSAGES[part].invalid);
  const min = field.min && resolveDateBound(field.min, env, answers);
  if (min && value < min) {
    const key = field.min === "today" ? "forms.errors.dateRangeNotInPast" : "forms.errors.dateRangeTooEarly";
    return fieldMessage(field, env, "tooEarly", key, { date: formatDate(min, env.locale) });
  }
  const max = field.max && resolveDateBound(field.max, env, answers);
  if (max && value > max) {
    const key = field.max === "today" ? "forms.errors.dateRangeNotInFuture" : "forms.errors.dateRangeTooLate";
    return fieldMessage(field, env, "tooLate", key, { date: formatDate(max, env.locale) });
  }
  return null;
}

function readRange(read: FieldReader, field: FieldDefinition): DateRangeValue | null {
  const raw = { from: read(`${field.key}.from`), to: read(`${field.key}.to`) };
  return normalizeRange(raw, field.optional === true) as DateRangeValue | null;
}

/**
 * Two dates (`key.from`, `key.to`, each a native date input) stored as `{ from, to }`; `to` may
 * equal `from`. The field's min/max bounds apply to both dates. Each part reports at its own input;
 * an end before the start is reported at the end date.
 */
export const dateRangeKind = defineKind({
  kind: "date-range",
  hasValue: true,
  schema: (field, env, answers = {}) => {
    const partSchema = (part: Part) =>
      z.string().superRefine((value, ctx) => {
        const message = partProblem(part, value, field, env, answers);
        if (message) ctx.addIssue({ code: "custom", message });
      });
    const notARange = fieldMessage(field, env, "required", "forms.errors.dateRangeFromRequired");
    const object = z
      .strictObject({ from: partSchema("from"), to: partSchema("to") }, { error: notARange })
      .superRefine((range, ctx) => {
        // Part refinements do not stop this one: compare only two real dates.
        if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.to >= range.from) return;
        const message = fieldMessage(field, env, "endBeforeStart", "forms.errors.dateRangeEndBeforeStart");
        ctx.addIssue({ code: "custom", message, path: ["to"] });
      });
    const normalize = (value: unknown) => normalizeRange(value, field.optional === true);
    return z.preprocess(normalize, field.optional ? object.nullable() : object);
  },
  parse: readRange,
  summarize: (value, _field, env) =>
    value !== null && typeof value === "object" && "from" in value && "to" in value
      ? `${formatDate(value.from, env.locale)} – ${formatDate(value.to, env.locale)}`
      : summarizeText(value, env),
  // A week from the date kind's example, kept within a static upper bound.
  example: (field, env) => {
    const from = dateKind.example(field, env) as string;
    const max = resolveStaticBound(field.max, env);
    const to = addDays(from, 7);
    return { from, to: max && to > max ? from : to };
  },
  inputNames: (field) => PARTS.map((part) => `${field.key}.${part}`),
});
