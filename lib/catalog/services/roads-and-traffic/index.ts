/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { oversizeVehiclePermit } from "./oversize-vehicle-permit";
import { residentsParkingPermit } from "./residents-parking-permit";
import { roadAccessPermit } from "./road-access-permit";
import { roadLaneOccupationWorks } from "./road-lane-occupation-works";
import { roadLaneOtherOccupation } from "./road-lane-other-occupation";
import { roadLaneUtilityPlacement } from "./road-lane-utility-placement";
import { trafficOrganisationApproval } from "./traffic-organisation-approval";

export const roadsAndTrafficServices: ServiceDefinition[] = [
  roadLaneOccupationWorks,
  roadLaneUtilityPlacement,
  roadLaneOtherOccupation,
  roadAccessPermit,
  trafficOrganisationApproval,
  oversizeVehiclePermit,
  residentsParkingPermit,
];
