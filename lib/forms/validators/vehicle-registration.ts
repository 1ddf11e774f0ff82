/**
 * Polish vehicle registration plates, stored upper-case without spaces. Accepted shapes:
 * - standard plates: a district code of 2–3 letters (e.g. SG, WWL) followed by 4–5 letters or
 *   digits with at least one digit (SG 12345, WWL 1234, KR 1AB23), 6–8 characters in all;
 * - individual plates: a voivodeship letter, a digit, then 3–5 letters or digits (S1 KOWAL).
 * The exact series rules of the regulation (which letters may stand where) are not checked.
 */

const STANDARD = /^[A-Z]{2,3}(?=[A-Z0-9]{4,5}$)[A-Z]*\d[A-Z0-9]*$/;
const INDIVIDUAL = /^[A-Z]\d[A-Z][A-Z0-9]{2,4}$/;

export function normalizeVehicleRegistration(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "").toUpperCase();
}

export function isValidVehicleRegistration(value: string): boolean {
  return value.length <= 8 && (STANDARD.test(value) || INDIVIDUAL.test(value));
}
