/** Services of this category; each file is one service (data only). */
import type { ServiceDefinition } from "../../types";
import { massEventPermit } from "./mass-event-permit";
import { ngoPublicTaskOffer } from "./ngo-public-task-offer";
import { participatoryBudgetProject } from "./participatory-budget-project";
import { publicAssemblyNotification } from "./public-assembly-notification";

export const cultureSportAndCivicServices: ServiceDefinition[] = [
  ngoPublicTaskOffer,
  publicAssemblyNotification,
  massEventPermit,
  participatoryBudgetProject,
];
