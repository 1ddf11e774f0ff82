/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { alcoholPermitOffPremises } from "./alcohol-permit-off-premises";
import { alcoholPermitOnPremises } from "./alcohol-permit-on-premises";
import { alcoholPermitOneTime } from "./alcohol-permit-one-time";
import { alcoholSalesValueStatement } from "./alcohol-sales-value-statement";
import { ceidgChange } from "./ceidg-change";
import { ceidgDeregistration } from "./ceidg-deregistration";
import { ceidgRegistration } from "./ceidg-registration";
import { ceidgResumption } from "./ceidg-resumption";
import { ceidgSuspension } from "./ceidg-suspension";
import { liquidWasteTransportPermit } from "./liquid-waste-transport-permit";
import { taxiLicence } from "./taxi-licence";
import { wasteCollectionRegisterEntry } from "./waste-collection-register-entry";

export const businessAndLicencesServices: ServiceDefinition[] = [
  ceidgRegistration,
  ceidgChange,
  ceidgSuspension,
  ceidgResumption,
  ceidgDeregistration,
  alcoholPermitOffPremises,
  alcoholPermitOnPremises,
  alcoholPermitOneTime,
  alcoholSalesValueStatement,
  taxiLicence,
  wasteCollectionRegisterEntry,
  liquidWasteTransportPermit,
];
