/**
 * Declaration fields shared across categories (data only): truth and accuracy statements and the
 * RODO notice used by authorities other than the mayor.
 */
import type { FieldDefinition } from "@/lib/forms/types";

export const truthDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą.", en: "I declare that the information in this application is accurate." },
};

export const criminalTruthDeclarationField: FieldDefinition = {
  key: "truthDeclaration",
  kind: "consent",
  label: {
    pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
    en: "I declare that the information in this application is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
  },
};

export const accuracyDeclarationField: FieldDefinition = {
  key: "accuracyDeclaration",
  kind: "consent",
  label: {
    pl: "Oświadczam, że dane podane we wniosku są zgodne ze stanem faktycznym.",
    en: "I declare that the information in this application is accurate.",
  },
};

export const officeAuthorityPrivacyNoticeField: FieldDefinition = {
  key: "privacyNotice",
  kind: "info",
  label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
  hint: {
    pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać zaświadczenie na podstawie Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
    en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the certificate under the Code of Administrative Procedure (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
  },
};

export const trueAndCurrentDeclarationField: FieldDefinition = {
  key: "accuracyDeclaration",
  kind: "consent",
  label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą i aktualne.", en: "I declare that the information in this application is true and up to date." },
};
