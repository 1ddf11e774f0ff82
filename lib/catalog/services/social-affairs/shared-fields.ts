/**
 * Fields and steps shared by the social affairs services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { contactFields, identityFields, residenceAddressField } from "../shared/applicant";

export const truthDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: {
    pl: "Oświadczam, że dane we wniosku są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
    en: "I declare that the information in this application is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
  },
};

export const incomeStatementsField: FieldDefinition = {
  key: "incomeStatements",
  kind: "file",
  label: { pl: "Oświadczenia o dochodach", en: "Income statements" },
  optional: true,
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 5,
};

export const bankAccountField: FieldDefinition = { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do wypłaty", en: "Bank account for the payments" }, errors: { required: { pl: "Podaj numer rachunku do wypłaty", en: "Enter the bank account for the payments" } } };

export const accuracyDeclarationField: FieldDefinition = {
  key: "accuracyDeclaration",
  kind: "consent",
  label: { pl: "Oświadczam, że dane we wniosku są zgodne z prawdą.", en: "I declare that the information in this application is true." },
};

export const personStep: StepDefinition = {
  id: "person",
  title: { pl: "Twoje dane", en: "Your details" },
  fields: [...identityFields, residenceAddressField, ...contactFields],
};
