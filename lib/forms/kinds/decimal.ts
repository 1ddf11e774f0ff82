import { defineKind, readLine, singleInput, summarizeText } from "./define-kind";
import { MAX_INTEGER_DIGITS, MAX_INTEGER, boundsProblem, clampToBounds, readingSchema, type Reading } from "./numeric";
import { fieldMessage } from "../messages";
import type { FieldDefinition, FormEnv } from "../types";
import { canonicalDecimal, formatDecimal, parseDecimal, toCanonicalDecimal } from "../validators/number";

/** Without `decimals`, this many digits after the separator are allowed. */
export const DEFAULT_DECIMALS = 10;

function decimalsProblem(field: FieldDefinition, env: FormEnv, allowed: number): string {
  if (allowed === 0) return fieldMessage(field, env, "invalid", "forms.errors.numberWhole");
  if (allowed === 1) return fieldMessage(field, env, "invalid", "forms.errors.numberOneDecimal");
  return fieldMessage(field, env, "invalid", "forms.errors.numberDecimals", { max: allowed });
}

/**
 * Typed text or a stored canonical string (a plain number is accepted too) → the canonical string.
 * Decimal places are counted without trailing zeros: "12,50" has one.
 */
function readDecimal(value: unknown, field: FieldDefinition, env: FormEnv): Reading {
  const text = typeof value === "number" ? toCanonicalDecimal(value) : value;
  const parts = typeof text === "string" ? parseDecimal(text) : null;
  if (!parts) return { message: fieldMessage(field, env, "invalid", "forms.errors.numberInvalid") };
  const canonical = canonicalDecimal(parts);
  const allowed = field.decimals ?? DEFAULT_DECIMALS;
  if ((canonical.split(".")[1] ?? "").length > allowed) return { message: decimalsProblem(field, env, allowed) };
  const number = parts.integer.length > MAX_INTEGER_DIGITS ? (parts.negative ? -Infinity : Infinity) : Number(canonical);
  const bounds = {
    min: Math.max(field.minValue ?? -MAX_INTEGER, -MAX_INTEGER),
    max: Math.min(field.maxValue ?? MAX_INTEGER, MAX_INTEGER),
  };
  const message = boundsProblem(number, bounds, field, env, (bound) => formatDecimal(bound, env.locale));
  return message ? { message } : { value: canonical };
}

/**
 * A number with a fraction, stored as a canonical string ("1234.5": a dot, no grouping, no trailing
 * zeros) so no floating-point drift creeps in; typed "1 234,50" or "1234.5".
 */
export const decimalKind = defineKind({
  kind: "decimal",
  hasValue: true,
  schema: (field, env) =>
    readingSchema(field, fieldMessage(field, env, "required", "forms.errors.required"), (value) =>
      readDecimal(value, field, env),
    ),
  parse: (read, field) => {
    const line = readLine(read, field.key);
    const parts = line === null ? null : parseDecimal(line);
    return parts ? canonicalDecimal(parts) : line;
  },
  summarize: (value, _field, env) =>
    typeof value === "string" && value !== "" ? formatDecimal(value, env.locale) : summarizeText(value, env),
  example: (field) => {
    const preferred = field.decimals === 0 ? 12 : 12.5;
    return toCanonicalDecimal(clampToBounds(preferred, field.minValue, field.maxValue)) ?? "0";
  },
  inputNames: singleInput,
});
