/**
 * Fields and steps shared by the municipal property and housing services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { StepDefinition } from "@/lib/forms/types";
import { contactFields, correspondenceAddressField, identityFields } from "../shared/applicant";

export const applicantStep: StepDefinition = {
  id: "applicant",
  title: { pl: "Twoje dane", en: "Your details" },
  fields: [...identityFields, correspondenceAddressField, ...contactFields],
};
