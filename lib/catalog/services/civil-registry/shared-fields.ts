/**
 * Fields and steps shared by the civil registry services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { truthDeclarationField } from "../shared/declaration";

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
  hint: {
    pl: "Administratorem danych jest kierownik urzędu stanu cywilnego, do którego składasz wniosek. Przetwarzamy je, aby załatwić sprawę i prowadzić rejestr stanu cywilnego na podstawie ustawy – Prawo o aktach stanu cywilnego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO. Kontakt do inspektora ochrony danych znajdziesz na stronie urzędu.",
    en: "The controller of the data is the civil registrar (kierownik urzędu stanu cywilnego) of the office you apply to. We process it to handle the matter and keep the civil status register under the Civil Status Records Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
  },
};

export const deliveryField: FieldDefinition = {
  key: "delivery",
  kind: "radio",
  label: { pl: "Jak chcesz otrzymać dokument?", en: "How do you want to receive the document?" },
  options: [
    { value: "portal", label: { pl: "Elektronicznie, na moje konto w Okienku", en: "Electronically, to my Okienko account" } },
    { value: "post", label: { pl: "Pocztą", en: "By post" } },
    { value: "in-person", label: { pl: "Odbiorę osobiście w urzędzie", en: "I will collect it at the office" } },
  ],
  errors: { required: { pl: "Wybierz, jak chcesz otrzymać dokument", en: "Select how you want to receive the document" } },
};

export const recordPersonField: FieldDefinition = { key: "recordPerson", kind: "text", label: { pl: "Imię i nazwisko osoby (przy małżeństwie – obojga małżonków)", en: "Full name of the person (for a marriage – of both spouses)" }, maxLength: 300 };

export const recordTypeField: FieldDefinition = {
  key: "recordType",
  kind: "radio",
  label: { pl: "Rodzaj aktu", en: "Type of record" },
  options: [
    { value: "birth", label: { pl: "Akt urodzenia", en: "Birth record" } },
    { value: "marriage", label: { pl: "Akt małżeństwa", en: "Marriage record" } },
    { value: "death", label: { pl: "Akt zgonu", en: "Death record" } },
  ],
  errors: { required: { pl: "Wybierz rodzaj aktu", en: "Select the type of record" } },
};

export const feeReceipt39zlField: FieldDefinition = {
  key: "feeReceipt",
  kind: "file",
  label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (39 zł)", en: "Proof of paying the stamp duty (39 zł)" },
  hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const feeReceipt38zlField: FieldDefinition = {
  key: "feeReceipt",
  kind: "file",
  label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (38 zł)", en: "Proof of paying the stamp duty (38 zł)" },
  hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const ownStatusField: FieldDefinition = {
  key: "ownStatus",
  kind: "radio",
  label: { pl: "Twój stan cywilny", en: "Your civil status" },
  options: [
    { value: "single", label: { pl: "Panna lub kawaler", en: "Never married" } },
    { value: "divorced", label: { pl: "Rozwiedziona lub rozwiedziony", en: "Divorced" } },
    { value: "widowed", label: { pl: "Wdowa lub wdowiec", en: "Widowed" } },
  ],
  errors: { required: { pl: "Wybierz swój stan cywilny", en: "Select your civil status" } },
};

export const partnerNameField: FieldDefinition = { key: "partnerName", kind: "text", label: { pl: "Imię i nazwisko przyszłego małżonka", en: "Future spouse's full name" }, maxLength: 200 };

export const partnerBirthDateField: FieldDefinition = { key: "partnerBirthDate", kind: "date", label: { pl: "Data urodzenia przyszłego małżonka", en: "Future spouse's date of birth" }, min: { date: "1900-01-01" }, max: "today" };

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, truthDeclarationField],
};
