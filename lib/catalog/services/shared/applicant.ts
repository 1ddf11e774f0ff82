/**
 * Applicant fields shared across categories (data only): the prefilled identity, contact data with and
 * without hints, addresses, the "acting for a business" block and the steps built from them.
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";

export const givenNameField: FieldDefinition = { key: "givenName", kind: "text", label: { pl: "Imię (imiona)", en: "Given name(s)" }, prefill: "identity.givenName", maxLength: 100, autocomplete: "given-name" };

export const familyNameField: FieldDefinition = { key: "familyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, prefill: "identity.familyName", maxLength: 100, autocomplete: "family-name" };

export const peselField: FieldDefinition = { key: "pesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, prefill: "identity.pesel" };

export const emailField: FieldDefinition = { key: "email", kind: "email", label: { pl: "Adres e-mail", en: "Email address" }, optional: true, autocomplete: "email" };

export const phoneField: FieldDefinition = { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, optional: true, autocomplete: "tel" };

export const postalAddressField: FieldDefinition = { key: "postalAddress", kind: "address", label: { pl: "Adres do doręczenia", en: "Postal address" }, showIf: { field: "delivery", equals: "post" } };

export const actingForField: FieldDefinition = {
  key: "actingFor",
  kind: "radio",
  label: { pl: "W czyim imieniu składasz wniosek?", en: "On whose behalf are you applying?" },
  options: [
    { value: "self", label: { pl: "We własnym imieniu", en: "On my own behalf" } },
    { value: "business", label: { pl: "W imieniu firmy lub instytucji", en: "On behalf of a business or institution" } },
  ],
  errors: { required: { pl: "Wybierz, w czyim imieniu składasz wniosek", en: "Select on whose behalf you are applying" } },
};

export const organisationNameField: FieldDefinition = {
  key: "organisationName",
  kind: "text",
  label: { pl: "Nazwa firmy lub instytucji", en: "Name of the business or institution" },
  showIf: { field: "actingFor", equals: "business" },
  maxLength: 300,
  autocomplete: "organization",
};

export const actingForNipField: FieldDefinition = { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax number (NIP)" }, showIf: { field: "actingFor", equals: "business" } };

export const actingForKrsField: FieldDefinition = {
  key: "krs",
  kind: "krs",
  label: { pl: "Numer KRS", en: "KRS number" },
  showIf: { field: "actingFor", equals: "business" },
  optional: true,
};

export const residenceAddressField: FieldDefinition = {
  key: "residenceAddress",
  kind: "address",
  label: { pl: "Adres zamieszkania", en: "Home address" },
};

export const emailWithHintField: FieldDefinition = {
  key: "email",
  kind: "email",
  label: { pl: "Adres e-mail", en: "Email address" },
  hint: { pl: "Wyślemy na niego potwierdzenie i informacje o sprawie.", en: "We will send the confirmation and updates on your case to it." },
  optional: true,
  autocomplete: "email",
};

export const phoneWithHintField: FieldDefinition = {
  key: "phone",
  kind: "phone",
  label: { pl: "Numer telefonu", en: "Phone number" },
  hint: { pl: "Zadzwonimy tylko wtedy, gdy trzeba będzie coś wyjaśnić.", en: "We will only call if something needs to be clarified." },
  optional: true,
  autocomplete: "tel",
};

export const nipField: FieldDefinition = { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" } };

export const homeAddressField: FieldDefinition = { key: "address", kind: "address", label: { pl: "Adres zamieszkania", en: "Home address" } };

export const filerGivenNameField: FieldDefinition = { key: "givenName", kind: "text", label: { pl: "Imię (imiona) osoby składającej wniosek", en: "Given name(s) of the person filing" }, prefill: "identity.givenName", maxLength: 100, autocomplete: "given-name" };

export const requiredPhoneField: FieldDefinition = { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, autocomplete: "tel" };

export const correspondenceAddressField: FieldDefinition = { key: "address", kind: "address", label: { pl: "Adres do korespondencji", en: "Correspondence address" } };

export const powerOfAttorneyField: FieldDefinition = { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo z dowodem zapłaty opłaty skarbowej", en: "Power of attorney with proof of paying stamp duty" }, hint: { pl: "Tylko jeśli działa pełnomocnik.", en: "Only if a representative acts for you." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 };

export const identityFields: FieldDefinition[] = [givenNameField, familyNameField, peselField];

export const contactFields: FieldDefinition[] = [emailField, phoneField];

export const contactWithHintFields: FieldDefinition[] = [emailWithHintField, phoneWithHintField];

export const actingForFields: FieldDefinition[] = [actingForField, organisationNameField, actingForNipField, actingForKrsField];

export const prefilledPersonStep: StepDefinition = {
  id: "person",
  title: { pl: "Twoje dane", en: "Your details" },
  description: {
    pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
    en: "Your name and PESEL number come from the identity you confirmed when signing in.",
  },
  fields: [...identityFields, ...contactFields],
};

export const personWithAddressStep: StepDefinition = {
  id: "person",
  title: { pl: "Twoje dane", en: "Your details" },
  fields: [...identityFields, residenceAddressField, ...contactWithHintFields],
};
