/**
 * NIP, the tax identification number: 10 digits, the last a check digit = Σ(weights × digits) mod 11
 * over the weights 6,5,7,2,3,4,5,6,7. A remainder of 10 is never issued, so such numbers are invalid.
 */
import { digitsOf, weightedSum } from "./checksum";

const WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** Spaces and dashes ("123-456-32-18") and an EU VAT prefix "PL" are not part of the number. */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "").replace(/^PL(?=\d)/i, "");
}

export function isValidNip(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  const digits = digitsOf(value);
  const remainder = weightedSum(digits, WEIGHTS) % 11;
  return remainder !== 10 && remainder === digits[9];
}

/** "123-456-32-18", the way NIP is usually printed; other text is returned unchanged. */
export function formatNip(value: string): string {
  return /^\d{10}$/.test(value) ? `${value.slice(0, 3)}-${value.slice(3, 6)}-${value.slice(6, 8)}-${value.slice(8)}` : value;
}
