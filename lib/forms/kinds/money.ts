import { defineKind, readLine, singleInput, summarizeText } from "./define-kind";
import { boundsProblem, clampToBounds, readingSchema, type Reading } from "./numeric";
import { fieldMessage } from "../messages";
import type { FieldDefinition, FormEnv } from "../types";
import { MAX_MONEY_GROSZE, formatMoney, parseMoney, type MoneyReading } from "../validators/money";

/** `minValue` / `maxValue` are in złoty; without `minValue` nothing below 0 zł is accepted. */
function groszeBounds(field: FieldDefinition): { min: number; max: number } {
  const toGrosze = (zloty: number) => Math.round(zloty * 100);
  return {
    min: Math.max(toGrosze(field.minValue ?? 0), -MAX_MONEY_GROSZE),
    max: Math.min(field.maxValue === undefined ? MAX_MONEY_GROSZE : toGrosze(field.maxValue), MAX_MONEY_GROSZE),
  };
}

/** Text is in złoty ("17,50 zł"); a number is an already stored amount in grosze. */
function toGrosze(value: unknown): MoneyReading {
  if (typeof value === "string") return parseMoney(value);
  if (typeof value === "number" && Number.isInteger(value)) return { ok: true, grosze: value };
  return { ok: false, problem: "format" };
}

function readMoney(value: unknown, field: FieldDefinition, env: FormEnv): Reading {
  const reading = toGrosze(value);
  if (!reading.ok && reading.problem === "decimals") {
    return { message: fieldMessage(field, env, "invalid", "forms.errors.moneyDecimals") };
  }
  if (!reading.ok && reading.problem === "format") {
    return { message: fieldMessage(field, env, "invalid", "forms.errors.moneyInvalid") };
  }
  const grosze = reading.ok ? reading.grosze : Infinity;
  const bounds = groszeBounds(field);
  if (grosze < 0 && bounds.min >= 0) return { message: fieldMessage(field, env, "tooSmall", "forms.errors.moneyNegative") };
  const message = boundsProblem(grosze, bounds, field, env, (bound) => formatMoney(bound, env.locale));
  return message ? { message } : { value: grosze };
}

/** An amount in PLN, stored as whole grosze (a number) and shown as "1 234,56 zł". */
export const moneyKind = defineKind({
  kind: "money",
  hasValue: true,
  schema: (field, env) =>
    readingSchema(field, fieldMessage(field, env, "required", "forms.errors.moneyRequired"), (value) =>
      readMoney(value, field, env),
    ),
  parse: (read, field) => {
    const line = readLine(read, field.key);
    const reading = line === null ? null : parseMoney(line);
    return reading?.ok ? reading.grosze : line;
  },
  summarize: (value, _field, env) =>
    typeof value === "number" ? formatMoney(value, env.locale) : summarizeText(value, env),
  example: (field) => {
    const { min, max } = groszeBounds(field);
    return clampToBounds(1700, min, max);
  },
  inputNames: singleInput,
});
