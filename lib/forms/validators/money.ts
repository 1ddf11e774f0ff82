/**
 * Amounts in złoty, stored as whole grosze: "1 234,56", "1234.56", "17 zł", "17,-" and "PLN 17"
 * are all accepted; more than two decimal digits are rejected, never rounded ("12,345" is more
 * likely a mistyped 12 345 than 12,35).
 */
import type { Locale } from "@/lib/i18n/locales";
import { formatDecimal, parseDecimal } from "./number";

/** Up to 13 złoty digits keep every amount in grosze a safe integer. */
export const MAX_MONEY_GROSZE = 10 ** 15 - 1;

export type MoneyReading = { ok: true; grosze: number } | { ok: false; problem: "format" | "decimals" | "tooLarge" };

export function parseMoney(raw: string): MoneyReading {
  const text = raw
    .trim()
    .replace(/^PLN\s*/i, "")
    .replace(/\s*(?:zł|zl|pln)\.?$/i, "")
    .replace(/[.,]-$/, "");
  const parts = parseDecimal(text);
  if (!parts) return { ok: false, problem: "format" };
  if (parts.fraction.length > 2) return { ok: false, problem: "decimals" };
  if (parts.integer.length > 13) return { ok: false, problem: "tooLarge" };
  const grosze = Number(parts.integer) * 100 + Number(parts.fraction.padEnd(2, "0"));
  return { ok: true, grosze: parts.negative ? -grosze : grosze };
}

/** Whole grosze → "-1234.56", exactly (no floating-point division). */
function groszeToDecimal(grosze: number): string {
  const abs = Math.abs(Math.trunc(grosze));
  return `${grosze < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Grosze → "1234,56": what the input shows when the person comes back to the step. */
export function moneyInputText(grosze: number): string {
  return groszeToDecimal(grosze).replace(".", ",");
}

/** "1 234,56 zł" (pl) / "PLN 1,234.56" (en). */
export function formatMoney(grosze: number, locale: Locale): string {
  const text = formatDecimal(groszeToDecimal(grosze), locale, 2);
  return locale === "pl" ? `${text} zł` : `PLN ${text}`;
}
