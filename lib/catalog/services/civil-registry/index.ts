/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { birthRegistration } from "./birth-registration";
import { civilRecordCopy } from "./civil-record-copy";
import { civilRecordRectification } from "./civil-record-rectification";
import { civilRegisterEntriesCertificate } from "./civil-register-entries-certificate";
import { civilStatusCertificate } from "./civil-status-certificate";
import { deathRegistration } from "./death-registration";
import { foreignCivilRecordTranscription } from "./foreign-civil-record-transcription";
import { goldenAnniversaryMedal } from "./golden-anniversary-medal";
import { marriageAbroadCapacityCertificate } from "./marriage-abroad-capacity-certificate";
import { marriageAssurance } from "./marriage-assurance";
import { marriageOutsideRegistryOffice } from "./marriage-outside-registry-office";
import { marriageWaitingPeriodWaiver } from "./marriage-waiting-period-waiver";
import { nameChange } from "./name-change";
import { preMaritalSurnameReturn } from "./pre-marital-surname-return";

export const civilRegistryServices: ServiceDefinition[] = [
  civilRecordCopy,
  civilStatusCertificate,
  civilRegisterEntriesCertificate,
  birthRegistration,
  deathRegistration,
  marriageAssurance,
  marriageAbroadCapacityCertificate,
  marriageWaitingPeriodWaiver,
  marriageOutsideRegistryOffice,
  nameChange,
  foreignCivilRecordTranscription,
  civilRecordRectification,
  preMaritalSurnameReturn,
  goldenAnniversaryMedal,
];
