/** KRS, the National Court Register number: exactly 10 digits, zero-padded (0000123456), no check digit. */

export function normalizeKrs(raw: string): string {
  return raw.replace(/\s+/g, "");
}

export function isValidKrs(value: string): boolean {
  return /^\d{10}$/.test(value);
}
