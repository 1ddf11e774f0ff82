/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { customRegistrationPlates } from "./custom-registration-plates";
import { driverCandidateProfile } from "./driver-candidate-profile";
import { drivingLicenceExchange } from "./driving-licence-exchange";
import { drivingLicenceIssue } from "./driving-licence-issue";
import { emergencyVehicleDriverPermit } from "./emergency-vehicle-driver-permit";
import { internationalDrivingPermit } from "./international-driving-permit";
import { ownAccountRoadTransportCertificate } from "./own-account-road-transport-certificate";
import { registrationCertificateReplacement } from "./registration-certificate-replacement";
import { vehicleDeregistration } from "./vehicle-deregistration";
import { vehicleRegistration } from "./vehicle-registration";
import { vehicleSaleNotification } from "./vehicle-sale-notification";
import { vehicleTemporaryWithdrawal } from "./vehicle-temporary-withdrawal";

export const vehiclesAndDrivingServices: ServiceDefinition[] = [
  customRegistrationPlates,
  driverCandidateProfile,
  drivingLicenceExchange,
  drivingLicenceIssue,
  emergencyVehicleDriverPermit,
  internationalDrivingPermit,
  ownAccountRoadTransportCertificate,
  registrationCertificateReplacement,
  vehicleDeregistration,
  vehicleRegistration,
  vehicleSaleNotification,
  vehicleTemporaryWithdrawal,
];
