/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { disabledPupilTransportRefund } from "./disabled-pupil-transport-refund";
import { nonPublicSchoolRegistration } from "./non-public-school-registration";
import { nurseryEnrolment } from "./nursery-enrolment";
import { preschoolEnrolment } from "./preschool-enrolment";
import { primarySchoolEnrolment } from "./primary-school-enrolment";
import { schoolSocialScholarship } from "./school-social-scholarship";
import { youngWorkerTrainingGrant } from "./young-worker-training-grant";

export const educationServices: ServiceDefinition[] = [
  nurseryEnrolment,
  preschoolEnrolment,
  primarySchoolEnrolment,
  disabledPupilTransportRefund,
  schoolSocialScholarship,
  youngWorkerTrainingGrant,
  nonPublicSchoolRegistration,
];
