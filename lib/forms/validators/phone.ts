/**
 * Polish phone numbers: nine digits (the national number never starts with 0), optionally
 * preceded by +48; spaces and dashes between digits are allowed.
 */

const NATIONAL = /^[1-9]\d{8}$/;

/** Digits only, without the +48 country code; null when the text is not a Polish number. */
export function phoneNationalNumber(raw: string): string | null {
  const national = raw.trim().replace(/^\+48\s*/, "");
  if (!/^\d(?:[\d\s-]*\d)?$/.test(national)) return null;
  const digits = national.replace(/[\s-]/g, "");
  return NATIONAL.test(digits) ? digits : null;
}

export function isValidPhone(raw: string): boolean {
  return phoneNationalNumber(raw) !== null;
}

/** "+48 600 123 456"; text that is not a valid number is returned unchanged. */
export function formatPhone(raw: string): string {
  const digits = phoneNationalNumber(raw);
  return digits ? `+48 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : raw;
}
