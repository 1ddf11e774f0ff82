/**
 * Fields and steps shared by the construction and spatial planning services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { actingForFields, contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";

export const propertyRightStatementField: FieldDefinition = {
  key: "propertyRightStatement",
  kind: "file",
  label: { pl: "Oświadczenie o prawie do dysponowania nieruchomością", en: "Statement of your right to use the property" },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const buildingPropertyRightStatementField: FieldDefinition = {
  key: "propertyRightStatement",
  kind: "file",
  label: { pl: "Oświadczenie o prawie do dysponowania nieruchomością na cele budowlane", en: "Statement of your right to use the property for building" },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const investorStep: StepDefinition = {
  id: "investor",
  title: { pl: "Dane inwestora", en: "Investor's details" },
  fields: [...identityFields, ...actingForFields, residenceAddressField, ...contactWithHintFields],
};

export const investorYourDetailsStep: StepDefinition = {
  id: "investor",
  title: { pl: "Twoje dane", en: "Your details" },
  fields: [...identityFields, ...actingForFields, residenceAddressField, ...contactWithHintFields],
};

export const applicantStep: StepDefinition = {
  id: "applicant",
  title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
  fields: [...identityFields, ...actingForFields, residenceAddressField, ...contactWithHintFields],
};
