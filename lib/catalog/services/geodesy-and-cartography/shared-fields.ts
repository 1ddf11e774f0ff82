/**
 * Fields and steps shared by the geodesy and cartography services (data only): blocks that several service files
 * repeated verbatim (RODO notice, declarations, the applicant step and similar).
 */
import type { FieldDefinition, StepDefinition } from "@/lib/forms/types";
import { accuracyDeclarationField } from "../shared/declaration";

export const formatField: FieldDefinition = {
  key: "format",
  kind: "radio",
  label: { pl: "W jakiej postaci?", en: "In what form?" },
  options: [
    { value: "electronic", label: { pl: "Elektronicznej (taniej)", en: "Electronic (cheaper)" } },
    { value: "paper", label: { pl: "Papierowej", en: "Paper" } },
  ],
};

export const privacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby udostępnić dane z ewidencji gruntów i budynków na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
    en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to provide data from the land and building register under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
  },
};

export const declarationStep: StepDefinition = {
  id: "declaration",
  title: { pl: "Oświadczenie", en: "Declaration" },
  fields: [privacyNoticeField, accuracyDeclarationField],
};
