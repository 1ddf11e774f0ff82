/**
 * Numbers as people type them in Poland: "1 234,5", "1234.5", "-12", ",5". A comma or a dot
 * separates decimals. Spaces (also non-breaking and thin ones) may group thousands, but only in
 * threes, so "12 5" is rejected rather than read as 125. A dot is never a thousands separator.
 */
import type { Locale } from "@/lib/i18n/locales";

export type DecimalParts = {
  negative: boolean;
  /** Integer digits without leading zeros ("0" for none). */
  integer: string;
  /** Fraction digits as typed, trailing zeros kept ("" for none). */
  fraction: string;
};

const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/;
const NUMBER = /^([+-]?)(\d*)(?:[.,](\d+))?$/;

/** The parts of a typed number, or null when the text is not one. */
export function parseDecimal(raw: string): DecimalParts | null {
  const text = raw.trim().replace(/^[\u2212\u2012\u2013]/, "-").replace(/^([+-])\s+/, "$1");
  const signLength = /^[+-]/.test(text) ? 1 : 0;
  const separator = /[.,]/.exec(text);
  const end = separator ? separator.index : text.length;
  const integerText = text.slice(signLength, end);
  const plain = GROUPED.test(integerText) ? integerText.replace(/\D/g, "") : integerText;
  const match = NUMBER.exec(text.slice(0, signLength) + plain + text.slice(end));
  if (!match || (match[2] === "" && match[3] === undefined)) return null;
  const integer = (match[2] ?? "").replace(/^0+/, "") || "0";
  const fraction = match[3] ?? "";
  const isZero = integer === "0" && /^0*$/.test(fraction);
  return { negative: match[1] === "-" && !isZero, integer, fraction };
}

/** "-1234.5": no grouping, a dot, no trailing fraction zeros; "0" for zero. */
export function canonicalDecimal(parts: DecimalParts): string {
  const fraction = parts.fraction.replace(/0+$/, "");
  return `${parts.negative ? "-" : ""}${parts.integer}${fraction ? `.${fraction}` : ""}`;
}

/** A canonical decimal string or a finite number written without exponent, e.g. 12.5 → "12.5". */
export function toCanonicalDecimal(value: number | string): string | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  const parts = parseDecimal(text);
  return parts ? canonicalDecimal(parts) : null;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  pl: { group: " ", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** "-1234.5" → "-1 234,5" (pl) / "-1,234.5" (en); text that is not a number is returned unchanged. */
export function formatDecimal(value: string | number, locale: Locale, minFractionDigits = 0): string {
  const parts = parseDecimal(String(value));
  if (!parts || /e/i.test(String(value))) return String(value);
  const { group, decimal } = SEPARATORS[locale];
  const integer = parts.integer.replace(/\B(?=(\d{3})+$)/g, group);
  const fraction = parts.fraction.replace(/0+$/, "").padEnd(minFractionDigits, "0");
  return `${parts.negative ? "-" : ""}${integer}${fraction ? `${decimal}${fraction}` : ""}`;
}
