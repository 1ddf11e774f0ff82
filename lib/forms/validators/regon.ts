/**
 * REGON, the statistical business number. REGON-9: weights 8,9,2,3,4,5,6,7, check = Σ mod 11 with
 * 10 → 0. REGON-14 (a local unit): its parent's REGON-9, a 4-digit unit number and a check digit over
 * the weights 2,4,8,5,0,9,7,3,6,1,2,4,8 (mod 11, 10 → 0); its first 9 digits must be a valid REGON-9.
 */
import { digitsOf, weightedSum } from "./checksum";

const WEIGHTS_9 = [8, 9, 2, 3, 4, 5, 6, 7] as const;
const WEIGHTS_14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;

export function normalizeRegon(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "");
}

function checkDigit(digits: number[], weights: readonly number[]): number {
  const remainder = weightedSum(digits, weights) % 11;
  return remainder === 10 ? 0 : remainder;
}

export function isValidRegon9(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = digitsOf(value);
  return checkDigit(digits, WEIGHTS_9) === digits[8];
}

export function isValidRegon14(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  const digits = digitsOf(value);
  return checkDigit(digits, WEIGHTS_14) === digits[13] && isValidRegon9(value.slice(0, 9));
}

export function isValidRegon(value: string): boolean {
  return value.length === 14 ? isValidRegon14(value) : isValidRegon9(value);
}
