/**
 * Fields and steps shared by the residence and identity services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";

export const registeredAddressField: FieldDefinition = { key: "registeredAddress", kind: "address", label: { pl: "Adres, pod którym jesteś zameldowany lub zameldowana", en: "The address where you are registered" } };

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby prowadzić rejestr mieszkańców i rejestr PESEL na podstawie ustawy o ewidencji ludności (art. 6 ust. 1 lit. c i e RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
    en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta). We process it to keep the register of residents and the PESEL register under the Act on population records (Article 6(1)(c) and (e) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
  },
};

export const truthDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: { pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą.", en: "I declare that the information in this notification is accurate." },
};

export const fatherNameField: FieldDefinition = { key: "fatherName", kind: "text", label: { pl: "Imię ojca", en: "Father's given name" }, optional: true, maxLength: 100 };

export const feeReceiptField: FieldDefinition = {
  key: "feeReceipt",
  kind: "file",
  label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (10 zł)", en: "Proof of paying the stamp duty (10 zł)" },
  accept: ["pdf", "jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, truthDeclarationField],
};

