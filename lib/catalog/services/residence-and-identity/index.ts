/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { departureAbroadNotification } from "./departure-abroad-notification";
import { idCardApplication } from "./id-card-application";
import { idCardLossReport } from "./id-card-loss-report";
import { permanentResidenceDeregistration } from "./permanent-residence-deregistration";
import { permanentVoterRegister } from "./permanent-voter-register";
import { peselNumberAssignment } from "./pesel-number-assignment";
import { peselReservation } from "./pesel-reservation";
import { populationRegisterDataAccess } from "./population-register-data-access";
import { populationRegisterDataCheck } from "./population-register-data-check";
import { residenceCertificate } from "./residence-certificate";
import { residenceDeregistrationByDecision } from "./residence-deregistration-by-decision";
import { residenceRegistration } from "./residence-registration";
import { residenceRegistrationByDecision } from "./residence-registration-by-decision";
import { returnFromAbroadNotification } from "./return-from-abroad-notification";
import { temporaryResidenceDeregistration } from "./temporary-residence-deregistration";

export const residenceAndIdentityServices: ServiceDefinition[] = [
  residenceRegistration,
  permanentResidenceDeregistration,
  temporaryResidenceDeregistration,
  residenceRegistrationByDecision,
  residenceDeregistrationByDecision,
  departureAbroadNotification,
  returnFromAbroadNotification,
  residenceCertificate,
  populationRegisterDataAccess,
  populationRegisterDataCheck,
  peselNumberAssignment,
  peselReservation,
  idCardApplication,
  idCardLossReport,
  permanentVoterRegister,
];
