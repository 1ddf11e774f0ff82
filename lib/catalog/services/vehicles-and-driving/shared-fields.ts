/**
 * Fields and steps shared by the vehicles and driving services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { accuracyDeclarationField } from "../shared/declaration";

export const vinField: FieldDefinition = { key: "vin", kind: "vin", label: { pl: "Numer VIN", en: "VIN" } };

export const makeField: FieldDefinition = { key: "make", kind: "text", label: { pl: "Marka i model", en: "Make and model" }, maxLength: 100 };

export const photoField: FieldDefinition = {
  key: "photo",
  kind: "file",
  label: { pl: "Fotografia", en: "Photo" },
  hint: { pl: "Kolorowa, 35 × 45 mm, zrobiona w ciągu ostatnich 6 miesięcy.", en: "In colour, 35 × 45 mm, taken within the last 6 months." },
  accept: ["jpg", "png"],
  maxSizeMb: 10,
  maxFiles: 1,
};

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę wydania prawa jazdy i centralną ewidencję kierowców na podstawie ustawy o kierujących pojazdami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
    en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the driving licence case and keep the central driver register under the Act on vehicle drivers (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
  },
};

export const plateField: FieldDefinition = { key: "plate", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } };

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, accuracyDeclarationField],
};
