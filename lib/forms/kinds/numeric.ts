/**
 * What the number kinds (integer, decimal, money) share: a schema that reads raw text or an
 * already parsed value into the stored value or one specific message, and the inclusive
 * `minValue` / `maxValue` bounds.
 */
import { z } from "zod";
import { normalizeLine } from "./define-kind";
import { fieldMessage } from "../messages";
import type { AnswerValue, FieldDefinition, FormEnv } from "../types";

/** The stored value, or what is wrong with the input. */
export type Reading = { value: AnswerValue } | { message: string };

/** More digits than this are refused: stored numbers stay exact (below 2^53). */
export const MAX_INTEGER_DIGITS = 15;
export const MAX_INTEGER = 10 ** MAX_INTEGER_DIGITS - 1;

/** Raw text is trimmed (empty → null); numbers and other values pass through. */
function normalizeNumberInput(raw: unknown): unknown {
  return typeof raw === "number" ? raw : normalizeLine(raw ?? null);
}

/** Empty input is null when optional and the required message otherwise; the rest goes to `read`. */
export function readingSchema(field: FieldDefinition, requiredMessage: string, read: (value: unknown) => Reading): z.ZodType {
  return z.unknown().transform((raw, ctx) => {
    const value = normalizeNumberInput(raw);
    if (value === null) {
      if (field.optional) return null;
      ctx.addIssue({ code: "custom", message: requiredMessage });
      return z.NEVER;
    }
    const reading = read(value);
    if ("value" in reading) return reading.value;
    ctx.addIssue({ code: "custom", message: reading.message });
    return z.NEVER;
  });
}

/** The message for a value outside [min, max] (in the field's own unit), or null. */
export function boundsProblem(
  value: number,
  bounds: { min?: number; max?: number },
  field: FieldDefinition,
  env: FormEnv,
  format: (bound: number) => string,
): string | null {
  if (bounds.min !== undefined && value < bounds.min) {
    return fieldMessage(field, env, "tooSmall", "forms.errors.numberTooSmall", { min: format(bounds.min) });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    return fieldMessage(field, env, "tooLarge", "forms.errors.numberTooLarge", { max: format(bounds.max) });
  }
  return null;
}

/** `preferred` moved inside the field's bounds, for examples. */
export function clampToBounds(preferred: number, min: number | undefined, max: number | undefined): number {
  let value = preferred;
  if (max !== undefined && value > max) value = max;
  if (min !== undefined && value < min) value = min;
  return value;
}
