/** Polish postal codes: NN-NNN (e.g. 44-100). */

const POSTAL_CODE = /^\d{2}-\d{3}$/;

/** Forgiving input: spaces removed, other dashes turned into "-", "44100" becomes "44-100". */
export function normalizePostalCode(raw: string): string {
  const compact = raw.replace(/\s+/g, "").replace(/[\u2010-\u2015\u2212]/g, "-");
  return /^\d{5}$/.test(compact) ? `${compact.slice(0, 2)}-${compact.slice(2)}` : compact;
}

export function isValidPostalCode(value: string): boolean {
  return POSTAL_CODE.test(value);
}
