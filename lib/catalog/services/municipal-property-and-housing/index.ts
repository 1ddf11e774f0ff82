/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { conversionFeeLumpSum } from "./conversion-fee-lump-sum";
import { landDivisionApproval } from "./land-division-approval";
import { landDivisionPreliminaryOpinion } from "./land-division-preliminary-opinion";
import { municipalFlatPurchase } from "./municipal-flat-purchase";
import { municipalHousingApplication } from "./municipal-housing-application";
import { municipalLandLease } from "./municipal-land-lease";
import { municipalLandPurchase } from "./municipal-land-purchase";
import { perpetualUsufructConversionCertificate } from "./perpetual-usufruct-conversion-certificate";

export const municipalPropertyAndHousingServices: ServiceDefinition[] = [
  landDivisionPreliminaryOpinion,
  landDivisionApproval,
  perpetualUsufructConversionCertificate,
  conversionFeeLumpSum,
  municipalLandPurchase,
  municipalLandLease,
  municipalFlatPurchase,
  municipalHousingApplication,
];
