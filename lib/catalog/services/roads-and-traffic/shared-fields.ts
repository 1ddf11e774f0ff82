/**
 * Fields and steps shared by the roads and traffic services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const powerOfAttorneyField: FieldDefinition = { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo z dowodem zapłaty opłaty skarbowej", en: "Power of attorney with proof of paying stamp duty" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 };

export const applicantTypeField: FieldDefinition = {
  key: "applicantType",
  kind: "radio",
  label: { pl: "Kto składa wniosek?", en: "Who is applying?" },
  options: [
    { value: "person", label: { pl: "Ja, jako osoba prywatna", en: "Me, as a private person" } },
    { value: "company", label: { pl: "Firma lub instytucja, którą reprezentuję", en: "A company or institution I represent" } },
  ],
  errors: { required: { pl: "Wybierz, kto składa wniosek", en: "Select who is applying" } },
};

export const companyNameField: FieldDefinition = { key: "companyName", kind: "text", label: { pl: "Pełna nazwa firmy", en: "Company's full name" }, showIf: { field: "applicantType", equals: "company" }, maxLength: 300 };

export const nipField: FieldDefinition = { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "applicantType", equals: "company" } };

export const addressField: FieldDefinition = { key: "address", kind: "address", label: { pl: "Adres lub siedziba", en: "Address or registered office" } };

export const locationField: FieldDefinition = { key: "location", kind: "long-text", label: { pl: "Dokładna lokalizacja", en: "Exact location" }, hint: { pl: "Odcinek (od – do), numer budynku, działki drogowe.", en: "The section (from – to), building number, road plots." }, maxLength: 1000 };

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem danych osobowych jest zarządca drogi: wójt, burmistrz, prezydent miasta lub zarząd powiatu, w imieniu którego działa urząd. Przetwarzamy je, aby wydać zezwolenie i naliczyć opłatę na podstawie ustawy o drogach publicznych (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
    en: "The controller of personal data is the road manager: the mayor or the district board on whose behalf the office acts. We process the data to issue the permit and set the fee under the Public Roads Act (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
  },
};

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, trueAndCurrentDeclarationField],
};
