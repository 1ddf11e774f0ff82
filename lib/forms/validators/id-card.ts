/**
 * Polish ID card (dowód osobisty) series and number: 3 letters and 6 digits, e.g. ABA300000. The
 * first digit (4th character) is the check digit: with letters valued A=10 … Z=35 and the weights
 * 7,3,1,9,7,3,1,7,3 over all nine characters, the sum is divisible by 10.
 */
import { weightedSum } from "./checksum";

const WEIGHTS = [7, 3, 1, 9, 7, 3, 1, 7, 3] as const;

export function normalizeIdCard(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "").toUpperCase();
}

function characterValue(character: string): number {
  return /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 55;
}

export function isValidIdCard(value: string): boolean {
  if (!/^[A-Z]{3}\d{6}$/.test(value)) return false;
  return weightedSum([...value].map(characterValue), WEIGHTS) % 10 === 0;
}
