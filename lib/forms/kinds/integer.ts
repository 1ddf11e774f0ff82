import { defineKind, readLine, singleInput, summarizeText } from "./define-kind";
import { MAX_INTEGER, boundsProblem, clampToBounds, readingSchema, type Reading } from "./numeric";
import { fieldMessage } from "../messages";
import type { FieldDefinition, FormEnv } from "../types";
import { formatDecimal, parseDecimal } from "../validators/number";

/** A whole number from text ("1 234", "-5") or a stored number; null when it is not one. */
function toInteger(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  const parts = typeof value === "string" ? parseDecimal(value) : null;
  if (!parts || parts.fraction !== "") return null;
  return parts.negative ? -Number(parts.integer) : Number(parts.integer);
}

/** The definition's bounds, never wider than what is stored exactly. */
function integerBounds(field: FieldDefinition): { min: number; max: number } {
  return {
    min: Math.max(field.minValue ?? -MAX_INTEGER, -MAX_INTEGER),
    max: Math.min(field.maxValue ?? MAX_INTEGER, MAX_INTEGER),
  };
}

function readInteger(value: unknown, field: FieldDefinition, env: FormEnv): Reading {
  const integer = toInteger(value);
  if (integer === null) return { message: fieldMessage(field, env, "invalid", "forms.errors.numberWhole") };
  const format = (bound: number) => formatDecimal(bound, env.locale);
  const message = boundsProblem(integer, integerBounds(field), field, env, format);
  return message ? { message } : { value: integer };
}

/** A whole number, stored as a number; grouped with spaces ("1 234") when shown in Polish. */
export const integerKind = defineKind({
  kind: "integer",
  hasValue: true,
  schema: (field, env) =>
    readingSchema(field, fieldMessage(field, env, "required", "forms.errors.required"), (value) =>
      readInteger(value, field, env),
    ),
  // Text that is not a whole number within the exact range is kept, so its message can be shown.
  parse: (read, field) => {
    const line = readLine(read, field.key);
    const integer = line === null ? null : toInteger(line);
    return integer !== null && Math.abs(integer) <= MAX_INTEGER ? integer : line;
  },
  summarize: (value, _field, env) =>
    typeof value === "number" ? formatDecimal(value, env.locale) : summarizeText(value, env),
  example: (field) => {
    const { min, max } = integerBounds(field);
    return clampToBounds(1, Math.ceil(min), Math.floor(max));
  },
  inputNames: singleInput,
});
