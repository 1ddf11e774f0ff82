/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { agriculturalTaxDeclarationDr1 } from "./agricultural-tax-declaration-dr1";
import { agriculturalTaxInformationIr1 } from "./agricultural-tax-information-ir1";
import { farmIncomeCertificate } from "./farm-income-certificate";
import { farmOwnershipCertificate } from "./farm-ownership-certificate";
import { farmerFuelExciseRefund } from "./farmer-fuel-excise-refund";
import { forestTaxDeclarationDl1 } from "./forest-tax-declaration-dl1";
import { forestTaxInformationIl1 } from "./forest-tax-information-il1";
import { localTaxIndividualInterpretation } from "./local-tax-individual-interpretation";
import { propertyTaxDeclarationDn1 } from "./property-tax-declaration-dn1";
import { propertyTaxInformationIn1 } from "./property-tax-information-in1";
import { taxNoArrearsCertificate } from "./tax-no-arrears-certificate";
import { taxOverpaymentRefund } from "./tax-overpayment-refund";
import { taxReliefApplication } from "./tax-relief-application";
import { taxpayerAccountStatement } from "./taxpayer-account-statement";
import { transportTaxDeclarationDt1 } from "./transport-tax-declaration-dt1";
import { wasteFeeDeclaration } from "./waste-fee-declaration";
import { wasteFeeNoArrearsCertificate } from "./waste-fee-no-arrears-certificate";

export const taxesAndLocalFeesServices: ServiceDefinition[] = [
  propertyTaxInformationIn1,
  propertyTaxDeclarationDn1,
  agriculturalTaxInformationIr1,
  agriculturalTaxDeclarationDr1,
  forestTaxInformationIl1,
  forestTaxDeclarationDl1,
  transportTaxDeclarationDt1,
  taxNoArrearsCertificate,
  farmOwnershipCertificate,
  farmIncomeCertificate,
  taxReliefApplication,
  taxOverpaymentRefund,
  localTaxIndividualInterpretation,
  wasteFeeDeclaration,
  wasteFeeNoArrearsCertificate,
  farmerFuelExciseRefund,
  taxpayerAccountStatement,
];
