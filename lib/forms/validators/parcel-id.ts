/**
 * Cadastral parcel identifier (identyfikator działki ewidencyjnej) `WWPPGG_R.OOOO.NR`: the gmina's
 * TERYT code (voivodeship, powiat, gmina, then "_" and its type digit), a 4-digit precinct (obręb)
 * and the parcel number, optionally with "/n"; old maps add a sheet, `…OOOO.AR_3.123/4`.
 * Voivodeship codes are even, 02–32; gmina types are 1–5, 8 or 9.
 */

const PARCEL_ID = /^(0[2468]|[12][02468]|3[02])\d{4}_[1-589]\.\d{4}\.(?:AR_\d{1,3}\.)?[1-9]\d*(?:\/[1-9]\d*)?$/;

/** Spaces removed and the sheet prefix upper-cased ("ar_3" → "AR_3"). */
export function normalizeParcelId(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

export function isValidParcelId(value: string): boolean {
  return PARCEL_ID.test(value);
}
