import { defineIdentifierKind } from "./identifier";
import { isValidIdCard, normalizeIdCard } from "../validators/id-card";

/** ID card series and number: stored upper-case without spaces, e.g. ABA300000. */
export const idCardKind = defineIdentifierKind({
  kind: "id-card",
  normalize: normalizeIdCard,
  requiredKey: "forms.errors.idCardRequired",
  problem: (value) => {
    if (!/^[A-Z]{3}\d{6}$/.test(value)) return "forms.errors.idCardFormat";
    return isValidIdCard(value) ? null : "forms.errors.idCardInvalid";
  },
  example: "ABA300000",
});
