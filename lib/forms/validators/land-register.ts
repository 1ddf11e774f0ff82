/**
 * Land and mortgage register number (księga wieczysta) `CCCC/NNNNNNNN/K`: the court code (two
 * letters, a digit, a letter, e.g. GL1G), an 8-digit number and a check digit. Each of the 12
 * characters of code and number is mapped (digits to themselves, X=10, A=11 … Z=33, without Q and V)
 * and weighted 1,3,7,1,3,7,…; the check digit is the sum mod 10.
 */
import { weightedSum } from "./checksum";

const CHARACTER_VALUES = "0123456789XABCDEFGHIJKLMNOPRSTUWYZ";
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7] as const;
/** Letters only from the mapping (no Q or V), so every accepted code has a value. */
const FORMAT = /^([A-PR-UW-Z]{2}\d[A-PR-UW-Z])\/(\d{8})\/(\d)$/;

/** Upper case, spaces removed; "gl1g 00012345 4" or "GL1G-00012345-4" → "GL1G/00012345/4". */
export function normalizeLandRegister(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, "");
  const parts = /^([A-Z0-9]{4})[/\-\u2010-\u2015]?(\d{8})[/\-\u2010-\u2015]?(\d)$/.exec(compact);
  return parts ? `${parts[1]}/${parts[2]}/${parts[3]}` : compact;
}

export function isLandRegisterFormat(value: string): boolean {
  return FORMAT.test(value);
}

export function landRegisterCheckDigit(courtAndNumber: string): number {
  const values = [...courtAndNumber].map((character) => CHARACTER_VALUES.indexOf(character));
  return weightedSum(values, WEIGHTS) % 10;
}

export function isValidLandRegister(value: string): boolean {
  const match = FORMAT.exec(value);
  if (!match) return false;
  return landRegisterCheckDigit(`${match[1]}${match[2]}`) === Number(match[3]);
}
