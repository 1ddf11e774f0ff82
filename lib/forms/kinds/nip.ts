import { defineIdentifierKind } from "./identifier";
import { formatNip, isValidNip, normalizeNip } from "../validators/nip";

/** NIP: typed with dashes or spaces ("123-456-32-18"), stored as 10 digits. */
export const nipKind = defineIdentifierKind({
  kind: "nip",
  normalize: normalizeNip,
  requiredKey: "forms.errors.nipRequired",
  problem: (value) => {
    if (!/^\d{10}$/.test(value)) return "forms.errors.nipLength";
    return isValidNip(value) ? null : "forms.errors.nipInvalid";
  },
  example: "1234563218",
  format: formatNip,
});
