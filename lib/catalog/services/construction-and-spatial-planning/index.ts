/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { buildingPermitTransfer } from "./building-permit-transfer";
import { buildingPermit } from "./building-permit";
import { changeOfUseNotification } from "./change-of-use-notification";
import { constructionNotification } from "./construction-notification";
import { demolitionPermit } from "./demolition-permit";
import { landUseCertificate } from "./land-use-certificate";
import { noObjectionCertificate } from "./no-objection-certificate";
import { publicPurposeLocationDecision } from "./public-purpose-location-decision";
import { zoningConditionsDecision } from "./zoning-conditions-decision";
import { zoningDecisionTransfer } from "./zoning-decision-transfer";
import { zoningPlanExtract } from "./zoning-plan-extract";
import { zoningPlanMotion } from "./zoning-plan-motion";

export const constructionAndSpatialPlanningServices: ServiceDefinition[] = [
  buildingPermitTransfer,
  buildingPermit,
  changeOfUseNotification,
  constructionNotification,
  demolitionPermit,
  landUseCertificate,
  noObjectionCertificate,
  publicPurposeLocationDecision,
  zoningConditionsDecision,
  zoningDecisionTransfer,
  zoningPlanExtract,
  zoningPlanMotion,
];
