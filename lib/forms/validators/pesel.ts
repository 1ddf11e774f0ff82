/**
 * PESEL, the Polish national identification number: YYMMDDZZZXQ where the month carries the century
 * (+80 for 1800s, +0 for 1900s, +20 for 2000s, +40 for 2100s, +60 for 2200s), X is even for women
 * and Q is a check digit over the weights 1,3,7,9,1,3,7,9,1,3.
 */
import { isIsoDate } from "../dates";

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;
const CENTURY_BY_MONTH_OFFSET: ReadonlyArray<readonly [offset: number, century: number]> = [
  [80, 1800],
  [60, 2200],
  [40, 2100],
  [20, 2000],
  [0, 1900],
];

/** Spaces people type while copying a number are not part of it. */
export function normalizePesel(raw: string): string {
  return raw.replace(/\s+/g, "");
}

export function isValidPesel(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  return (10 - (sum % 10)) % 10 === digits[10] && peselBirthDate(value) !== null;
}

/** The birth date encoded in the number (YYYY-MM-DD), or null when it encodes no real date. */
export function peselBirthDate(value: string): string | null {
  if (!/^\d{11}$/.test(value)) return null;
  const yy = Number(value.slice(0, 2));
  const encodedMonth = Number(value.slice(2, 4));
  const day = value.slice(4, 6);
  const match = CENTURY_BY_MONTH_OFFSET.find(([offset]) => encodedMonth > offset && encodedMonth <= offset + 12);
  if (!match) return null;
  const [offset, century] = match;
  const iso = `${century + yy}-${String(encodedMonth - offset).padStart(2, "0")}-${day}`;
  return isIsoDate(iso) ? iso : null;
}

/** Sex as recorded in the register (10th digit: even = female, odd = male). */
export function peselSex(value: string): "female" | "male" | null {
  if (!/^\d{11}$/.test(value)) return null;
  return Number(value[9]) % 2 === 0 ? "female" : "male";
}
