/** The service catalogue: one folder per category, one file per service. */
import { AppError } from "@/lib/errors";
import { residenceAndIdentityServices } from "./services/residence-and-identity";
import { civilRegistryServices } from "./services/civil-registry";
import { taxesAndLocalFeesServices } from "./services/taxes-and-local-fees";
import { businessAndLicencesServices } from "./services/business-and-licences";
import { vehiclesAndDrivingServices } from "./services/vehicles-and-driving";
import { constructionAndSpatialPlanningServices } from "./services/construction-and-spatial-planning";
import { geodesyAndCartographyServices } from "./services/geodesy-and-cartography";
import { municipalPropertyAndHousingServices } from "./services/municipal-property-and-housing";
import { environmentAndWasteServices } from "./services/environment-and-waste";
import { roadsAndTrafficServices } from "./services/roads-and-traffic";
import { educationServices } from "./services/education";
import { socialAffairsServices } from "./services/social-affairs";
import { cultureSportAndCivicServices } from "./services/culture-sport-and-civic";
import { publicInformationComplaintsAndGeneralServices } from "./services/public-information-complaints-and-general";
import type { ServiceDefinition } from "./types";

const services: readonly ServiceDefinition[] = [
  ...residenceAndIdentityServices,
  ...civilRegistryServices,
  ...taxesAndLocalFeesServices,
  ...businessAndLicencesServices,
  ...vehiclesAndDrivingServices,
  ...constructionAndSpatialPlanningServices,
  ...geodesyAndCartographyServices,
  ...municipalPropertyAndHousingServices,
  ...environmentAndWasteServices,
  ...roadsAndTrafficServices,
  ...educationServices,
  ...socialAffairsServices,
  ...cultureSportAndCivicServices,
  ...publicInformationComplaintsAndGeneralServices,
];

const servicesById = new Map(services.map((service) => [service.id, service]));

export function listServices(): ServiceDefinition[] {
  return [...services];
}

export function findService(id: string): ServiceDefinition | null {
  return servicesById.get(id) ?? null;
}

/** Throws NOT_FOUND for an unknown id (ids come from URLs and stored cases). */
export function getService(id: string): ServiceDefinition {
  const service = findService(id);
  if (!service) throw new AppError("NOT_FOUND");
  return service;
}
