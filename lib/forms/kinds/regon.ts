import { defineIdentifierKind } from "./identifier";
import { isValidRegon, normalizeRegon } from "../validators/regon";

/** REGON: 9 digits, or 14 for a local unit; stored as digits. */
export const regonKind = defineIdentifierKind({
  kind: "regon",
  normalize: normalizeRegon,
  requiredKey: "forms.errors.regonRequired",
  problem: (value) => {
    if (!/^(?:\d{9}|\d{14})$/.test(value)) return "forms.errors.regonLength";
    return isValidRegon(value) ? null : "forms.errors.regonInvalid";
  },
  example: "123456785",
});
