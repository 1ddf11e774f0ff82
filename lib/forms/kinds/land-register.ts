import { defineIdentifierKind } from "./identifier";
import { isLandRegisterFormat, isValidLandRegister, normalizeLandRegister } from "../validators/land-register";

/** Księga wieczysta: stored upper-case as `GL1G/00012345/4`. */
export const landRegisterKind = defineIdentifierKind({
  kind: "land-register",
  normalize: normalizeLandRegister,
  requiredKey: "forms.errors.landRegisterRequired",
  problem: (value) => {
    if (!isLandRegisterFormat(value)) return "forms.errors.landRegisterFormat";
    return isValidLandRegister(value) ? null : "forms.errors.landRegisterInvalid";
  },
  example: "GL1G/00012345/4",
});
