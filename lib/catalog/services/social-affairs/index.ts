/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { birthGrant } from "./birth-grant";
import { carerBenefit } from "./carer-benefit";
import { disabilityAssessment } from "./disability-assessment";
import { disabledParkingCard } from "./disabled-parking-card";
import { energyAllowance } from "./energy-allowance";
import { familyAllowance } from "./family-allowance";
import { housingAllowance } from "./housing-allowance";
import { largeFamilyCard } from "./large-family-card";
import { maintenanceFundBenefit } from "./maintenance-fund-benefit";
import { socialAssistanceApplication } from "./social-assistance-application";

export const socialAffairsServices: ServiceDefinition[] = [
  housingAllowance,
  energyAllowance,
  birthGrant,
  familyAllowance,
  carerBenefit,
  maintenanceFundBenefit,
  socialAssistanceApplication,
  largeFamilyCard,
  disabilityAssessment,
  disabledParkingCard,
];
