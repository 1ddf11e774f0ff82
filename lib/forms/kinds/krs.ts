import { defineIdentifierKind } from "./identifier";
import { isValidKrs, normalizeKrs } from "../validators/krs";

/** KRS: exactly 10 digits; leading zeros are part of the number and are not added for the person. */
export const krsKind = defineIdentifierKind({
  kind: "krs",
  normalize: normalizeKrs,
  requiredKey: "forms.errors.krsRequired",
  problem: (value) => (isValidKrs(value) ? null : "forms.errors.krsLength"),
  example: "0000123456",
});
