/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { addressNumberAssignment } from "./address-number-assignment";
import { addressNumberCertificate } from "./address-number-certificate";
import { cadastralDataUpdate } from "./cadastral-data-update";
import { cadastralMapExtract } from "./cadastral-map-extract";
import { geodeticResourceMaterials } from "./geodetic-resource-materials";
import { geodeticWorksNotification } from "./geodetic-works-notification";
import { landRegisterExtract } from "./land-register-extract";
import { propertyBoundaryDemarcation } from "./property-boundary-demarcation";
import { utilityNetworkCoordination } from "./utility-network-coordination";

export const geodesyAndCartographyServices: ServiceDefinition[] = [
  addressNumberAssignment,
  addressNumberCertificate,
  cadastralDataUpdate,
  cadastralMapExtract,
  geodeticResourceMaterials,
  geodeticWorksNotification,
  landRegisterExtract,
  propertyBoundaryDemarcation,
  utilityNetworkCoordination,
];
