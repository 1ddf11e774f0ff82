/**
 * Fields and steps shared by the education services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const childGivenNameField: FieldDefinition = { key: "childGivenName", kind: "text", label: { pl: "Imię (imiona) dziecka", en: "Child's given name(s)" }, maxLength: 100 };

export const childFamilyNameField: FieldDefinition = { key: "childFamilyName", kind: "text", label: { pl: "Nazwisko dziecka", en: "Child's family name" }, maxLength: 100 };

export const accuracyDeclarationField: FieldDefinition = {
  key: "accuracyDeclaration",
  kind: "consent",
  label: { pl: "Oświadczam, że dane podane we wniosku i w załącznikach są zgodne z prawdą i aktualne.", en: "I declare that the information in this application and its attachments is true and up to date." },
};

export const childPeselField: FieldDefinition = { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" }, errors: { required: { pl: "Podaj numer PESEL dziecka", en: "Enter your child's PESEL number" } } };

export const childAddressField: FieldDefinition = { key: "childAddress", kind: "address", label: { pl: "Adres zamieszkania dziecka", en: "Child's home address" }, showIf: { field: "childSameAddress", equals: false } };
