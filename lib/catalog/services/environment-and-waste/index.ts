/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { aggressiveDogPermit } from "./aggressive-dog-permit";
import { asbestosRemovalSubsidy } from "./asbestos-removal-subsidy";
import { environmentalConditionsDecision } from "./environmental-conditions-decision";
import { heatingSourceReplacementGrant } from "./heating-source-replacement-grant";
import { installationEmissionNotification } from "./installation-emission-notification";
import { septicTankRegistration } from "./septic-tank-registration";
import { treeRemovalNotification } from "./tree-removal-notification";
import { treeRemovalPermit } from "./tree-removal-permit";
import { wasteCollectionComplaint } from "./waste-collection-complaint";

export const environmentAndWasteServices: ServiceDefinition[] = [
  treeRemovalPermit,
  treeRemovalNotification,
  environmentalConditionsDecision,
  installationEmissionNotification,
  aggressiveDogPermit,
  wasteCollectionComplaint,
  septicTankRegistration,
  asbestosRemovalSubsidy,
  heatingSourceReplacementGrant,
];
