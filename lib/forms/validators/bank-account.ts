/**
 * Polish bank account numbers: NRB, 26 digits (2 check digits, an 8-digit bank sort code and a
 * 16-digit account number), or the IBAN form `PL` + NRB. Valid when the IBAN rearranged per
 * ISO 13616 (country and check digits moved to the end, P=25, L=21) is 1 mod 97.
 */
import { decimalMod } from "./checksum";

/** Spaces, dashes and the PL prefix removed: what is left should be the 26-digit NRB. */
export function normalizeBankAccount(raw: string): string {
  return raw.replace(/[\s\-\u2010-\u2015]+/g, "").toUpperCase().replace(/^PL(?=\d)/, "");
}

export function isValidBankAccount(nrb: string): boolean {
  if (!/^\d{26}$/.test(nrb)) return false;
  return decimalMod(`${nrb.slice(2)}2521${nrb.slice(0, 2)}`, 97) === 1;
}

/** "61 1090 1014 0000 0712 1981 2874", the way NRB is printed; other text is returned unchanged. */
export function formatBankAccount(nrb: string): string {
  if (!/^\d{26}$/.test(nrb)) return nrb;
  return [nrb.slice(0, 2), ...(nrb.slice(2).match(/\d{4}/g) ?? [])].join(" ");
}
