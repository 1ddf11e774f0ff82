import { defineIdentifierKind } from "./identifier";
import { isValidVin, isVinFormat, normalizeVin } from "../validators/vin";

/** VIN: length and alphabet always; the check digit only with `vinCheckDigit: true`. */
export const vinKind = defineIdentifierKind({
  kind: "vin",
  normalize: normalizeVin,
  requiredKey: "forms.errors.vinRequired",
  problem: (value, field) => {
    if (value.length !== 17) return "forms.errors.vinLength";
    if (!isVinFormat(value)) return "forms.errors.vinCharacters";
    return isValidVin(value, field.vinCheckDigit === true) ? null : "forms.errors.vinInvalid";
  },
  // A real-world VIN whose 9th character (X) is a correct check digit, so it fits either setting.
  example: "1M8GDM9AXKP042788",
});
