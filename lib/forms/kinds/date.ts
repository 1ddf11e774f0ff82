import { z } from "zod";
import { defineKind, normalizeLine, singleInput, summarizeText } from "./define-kind";
import { resolveDateBound, resolveStaticBound } from "../date-bounds";
import { addDays, formatDate, isIsoDate } from "../dates";
import { fieldMessage } from "../messages";
import type { Answers, FieldDefinition, FormEnv } from "../types";

/** One `<input type="date">` gives YYYY-MM-DD; a typed 14.05.2026 is accepted too. */
export function normalizeDateInput(value: unknown): unknown {
  const line = normalizeLine(value);
  if (typeof line !== "string") return line;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(line);
  return dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, "0")}-${dotted[1]?.padStart(2, "0")}` : line;
}

function dateProblem(field: FieldDefinition, env: FormEnv, answers: Answers, value: string): string | null {
  if (!isIsoDate(value)) return fieldMessage(field, env, "invalid", "forms.errors.dateInvalid");
  const min = field.min && resolveDateBound(field.min, env, answers);
  if (min && value < min) {
    return field.min === "today"
      ? fieldMessage(field, env, "tooEarly", "forms.errors.dateNotInPast", { date: formatDate(min, env.locale) })
      : fieldMessage(field, env, "tooEarly", "forms.errors.dateTooEarly", { date: formatDate(min, env.locale) });
  }
  const max = field.max && resolveDateBound(field.max, env, answers);
  if (max && value > max) {
    return field.max === "today"
      ? fieldMessage(field, env, "tooLate", "forms.errors.dateNotInFuture", { date: formatDate(max, env.locale) })
      : fieldMessage(field, env, "tooLate", "forms.errors.dateTooLate", { date: formatDate(max, env.locale) });
  }
  return null;
}

export const dateKind = defineKind({
  kind: "date",
  hasValue: true,
  schema: (field, env, answers = {}) => {
    const required = fieldMessage(field, env, "required", "forms.errors.dateRequired");
    const base = z.string({ error: required }).superRefine((value, ctx) => {
      const message = dateProblem(field, env, answers, value);
      if (message) ctx.addIssue({ code: "custom", message });
    });
    return z.preprocess(normalizeDateInput, field.optional ? base.nullable() : base);
  },
  parse: (read, field) => {
    const value = normalizeDateInput(read(field.key));
    return typeof value === "string" ? value : null;
  },
  summarize: (value, _field, env) =>
    typeof value === "string" ? formatDate(value, env.locale) : summarizeText(value, env),
  // Dates bound to another answer assume that answer is about today (as its own example is).
  example: (field, env) => {
    const min = resolveStaticBound(field.min, env);
    const max = resolveStaticBound(field.max, env);
    let value = field.min && typeof field.min === "object" && "field" in field.min ? addDays(env.today, 60) : env.today;
    if (max && value > max) value = max;
    if (min && value < min) value = min;
    return value;
  },
  inputNames: singleInput,
});
