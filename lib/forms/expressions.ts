/**
 * Evaluating a declarative `Expression` (computed fields). Money answers are integer grosze and
 * arithmetic stays in whole numbers wherever the inputs are whole; `round` makes it whole again
 * where a rate (a fractional constant) or a division was involved.
 *
 * Missing values: a `field` that has no usable number (not answered, hidden, not a number yet)
 * is null, and null propagates through every operation except `sum` and `sumOver`, where an
 * absent term adds nothing (an optional or not applicable amount). Division by zero, a result
 * that is not finite or one beyond the exactly representable range is null too. Never throws.
 */
import type { AnswerValue, Answers, Expression, GroupItem } from "./types";

/** Results beyond this are refused: they could no longer be exact. */
const LIMIT = Number.MAX_SAFE_INTEGER;
/** A malformed (hand-written) definition must not recurse without end. */
const MAX_DEPTH = 64;

export function evaluateExpression(expr: Expression, answers: Answers, item?: GroupItem): number | null {
  try {
    return finite(evaluate(expr, answers, item, 0));
  } catch {
    return null;
  }
}

function evaluate(expr: Expression, answers: Answers, item: GroupItem | undefined, depth: number): number | null {
  if (depth > MAX_DEPTH || typeof expr !== "object" || expr === null) return null;
  const inner = (e: Expression) => finite(evaluate(e, answers, item, depth + 1));
  const all = (list: unknown) => (Array.isArray(list) ? (list as Expression[]).map(inner) : [null]);
  if ("const" in expr) return typeof expr.const === "number" ? expr.const : null;
  if ("field" in expr) return numberOf(lookup(expr.field, answers, item));
  if ("sum" in expr) return sumOf(all(expr.sum));
  if ("product" in expr) return reduceAll(all(expr.product), (a, b) => a * b);
  if ("subtract" in expr) return reduceAll(all(expr.subtract).slice(0, 2), (a, b) => a - b, 2);
  if ("divide" in expr) {
    const [a, b] = all(expr.divide);
    return a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;
  }
  if ("min" in expr) return reduceAll(all(expr.min), (a, b) => Math.min(a, b));
  if ("max" in expr) return reduceAll(all(expr.max), (a, b) => Math.max(a, b));
  if ("round" in expr) {
    const value = inner(expr.round);
    if (value === null) return null;
    return expr.unit === "zloty" ? roundToZloty(value) : roundHalfUp(value);
  }
  if ("sumOver" in expr) {
    const items = groupItems(answers[expr.sumOver]);
    return sumOf(items.map((each) => finite(evaluate(expr.of, answers, each, depth + 1))));
  }
  if ("count" in expr) return groupItems(answers[expr.count]).length;
  return null;
}

/** Inside a group item, the item's own answer wins over the form's. */
function lookup(key: unknown, answers: Answers, item: GroupItem | undefined): AnswerValue | undefined {
  if (typeof key !== "string") return undefined;
  if (item && Object.hasOwn(item, key)) return item[key];
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

/** Numbers (integer, money in grosze) as they are; canonical decimal text ("12.5") read exactly. */
function numberOf(value: AnswerValue | undefined): number | null {
  if (typeof value === "number") return finite(value);
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return finite(Number(value));
  return null;
}

export function groupItems(value: AnswerValue | undefined): GroupItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is GroupItem => typeof item === "object" && item !== null && !Array.isArray(item) && !("sha256" in item));
}

function sumOf(values: (number | null)[]): number | null {
  return finite(values.reduce<number>((total, value) => total + (value ?? 0), 0));
}

function reduceAll(values: (number | null)[], op: (a: number, b: number) => number, exactly?: number): number | null {
  if (values.length === 0 || (exactly !== undefined && values.length !== exactly)) return null;
  if (values.some((value) => value === null)) return null;
  return finite((values as number[]).reduce(op));
}

function finite(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || Math.abs(value) > LIMIT) return null;
  return value === 0 ? 0 : value;
}

/**
 * To a whole number, halves away from zero. A value a float product left just below a half
 * (2.675 * 100 = 267.49999999999997) still rounds up: the tolerance is far below one grosz.
 */
export function roundHalfUp(value: number): number {
  const magnitude = Math.floor(Math.abs(value) + 0.5 + 1e-9);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * Grosze to whole złoty (still in grosze), as the tax ordinance (art. 63 § 1) rounds: below
 * 50 gr down, from 50 gr up; 1 234,49 zł → 1 234 zł, 1 234,50 zł → 1 235 zł.
 */
export function roundToZloty(grosze: number): number {
  return roundHalfUp(grosze / 100) * 100;
}
