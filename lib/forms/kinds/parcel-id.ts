import { defineIdentifierKind } from "./identifier";
import { isValidParcelId, normalizeParcelId } from "../validators/parcel-id";

/** Cadastral parcel identifier, e.g. 246601_1.0001.123/4. */
export const parcelIdKind = defineIdentifierKind({
  kind: "parcel-id",
  normalize: normalizeParcelId,
  requiredKey: "forms.errors.parcelIdRequired",
  problem: (value) => (isValidParcelId(value) ? null : "forms.errors.parcelIdInvalid"),
  example: "246601_1.0001.123/4",
});
