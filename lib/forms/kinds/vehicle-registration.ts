import { defineIdentifierKind } from "./identifier";
import { isValidVehicleRegistration, normalizeVehicleRegistration } from "../validators/vehicle-registration";

/** Registration plate: stored upper-case without spaces, e.g. SG12345. */
export const vehicleRegistrationKind = defineIdentifierKind({
  kind: "vehicle-registration",
  normalize: normalizeVehicleRegistration,
  requiredKey: "forms.errors.vehicleRegistrationRequired",
  problem: (value) => (isValidVehicleRegistration(value) ? null : "forms.errors.vehicleRegistrationInvalid"),
  example: "SG12345",
});
