/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { accessibilityRequest } from "./accessibility-request";
import { complaint } from "./complaint";
import { digitalAccessibilityRequest } from "./digital-accessibility-request";
import { generalLetter } from "./general-letter";
import { officeAppointmentBooking } from "./office-appointment-booking";
import { petition } from "./petition";
import { proposal } from "./proposal";
import { publicInformationRequest } from "./public-information-request";

export const publicInformationComplaintsAndGeneralServices: ServiceDefinition[] = [
  publicInformationRequest,
  complaint,
  proposal,
  petition,
  generalLetter,
  digitalAccessibilityRequest,
  accessibilityRequest,
  officeAppointmentBooking,
];
