/**
 * Vehicle identification number (ISO 3779): 17 characters, digits and letters except I, O and Q.
 * The 9th character is a check digit only in some markets (mandatory in North America; most
 * European manufacturers do not use it), so it is checked only on request.
 */
import { weightedSum } from "./checksum";

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const TRANSLITERATION = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

export function normalizeVin(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "").toUpperCase();
}

/** Right length and alphabet (no I, O, Q). */
export function isVinFormat(value: string): boolean {
  return VIN.test(value);
}

/** Letters map to 1–9 in the ISO 3779 table (A=1 … H=8, J=1 … R=9, S=2 … Z=9). */
function characterValue(character: string): number {
  if (/\d/.test(character)) return Number(character);
  return TRANSLITERATION.indexOf(character) % 10;
}

export function vinCheckCharacter(value: string): string {
  const remainder = weightedSum([...value].map(characterValue), WEIGHTS) % 11;
  return remainder === 10 ? "X" : String(remainder);
}

export function isValidVin(value: string, withCheckDigit = false): boolean {
  return isVinFormat(value) && (!withCheckDigit || vinCheckCharacter(value) === value[8]);
}
