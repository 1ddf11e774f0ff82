/**
 * Wniosek under Division VIII of the Administrative Procedure Code (art. 241–247): a proposal to
 * improve the organisation, strengthen the rule of law, work better or serve residents better. Data only.
 */
import { defineService } from "../../types";
import { attachmentsField, deliveryChannelField, edeliveryAddressField, residenceAddressField } from "./shared-fields";
import { contactFields, familyNameField, givenNameField } from "../shared/applicant";

export const proposal = defineService({
  id: "proposal",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Wniosek w sprawie usprawnienia pracy urzędu", en: "Proposal to improve the office's work" },
  summary: {
    pl: "Zaproponuj, jak urząd lub gmina mogą lepiej działać i obsługiwać mieszkańców.",
    en: "Suggest how the office or the municipality could work better and serve residents better.",
  },
  whoCanApply: {
    pl: "Każdy – we własnym interesie, w interesie publicznym albo w interesie innej osoby za jej zgodą. Wniosek bez imienia, nazwiska i adresu pozostaje bez rozpoznania.",
    en: "Anyone – in their own interest, in the public interest or on behalf of another person with their consent. A proposal without a name and address is not considered.",
  },
  whatYouNeed: [{ pl: "Opis propozycji i jej uzasadnienie", en: "A description of the proposal and the reasons for it" }],
  fee: { amountGrosze: 0, note: { pl: "Złożenie wniosku jest bezpłatne.", en: "Making a proposal is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Wniosek rozpatruje się bez zbędnej zwłoki, najpóźniej w ciągu miesiąca; jeśli to niemożliwe, urząd poinformuje Cię o terminie.",
    en: "The proposal is dealt with without undue delay, within one month at the latest; if that is not possible, the office will tell you when.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (art. 241–247)",
    en: "Administrative Procedure Code of 14 June 1960 (Articles 241–247)",
  },
  departmentCode: "bok",
  jrwaClass: "1510", // JRWA: verify against the office's list (complaints and proposals)
  keywords: ["wniosek", "propozycja", "sugestia", "usprawnienie", "pomysł"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [givenNameField, familyNameField, residenceAddressField, ...contactFields],
      },
      {
        id: "proposal",
        title: { pl: "Twój wniosek", en: "Your proposal" },
        fields: [
          {
            key: "area",
            kind: "radio",
            label: { pl: "Czego dotyczy wniosek?", en: "What is the proposal about?" },
            options: [
              { value: "organisation", label: { pl: "Organizacji pracy urzędu", en: "How the office is organised" } },
              { value: "customer-service", label: { pl: "Obsługi mieszkańców", en: "Service to residents" } },
              { value: "rule-of-law", label: { pl: "Przestrzegania prawa", en: "Compliance with the law" } },
              { value: "other", label: { pl: "Innej sprawy", en: "Something else" } },
            ],
          },
          {
            key: "subject",
            kind: "long-text",
            label: { pl: "Opisz swoją propozycję", en: "Describe your proposal" },
            hint: { pl: "Napisz, co proponujesz zmienić i dlaczego.", en: "Say what you propose to change and why." },
            maxLength: 8000,
            errors: { required: { pl: "Opisz swoją propozycję", en: "Describe your proposal" } },
          },
          attachmentsField, deliveryChannelField, edeliveryAddressField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć wniosek na podstawie Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to handle the proposal under the Administrative Procedure Code (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Potwierdzam, że dane we wniosku są prawidłowe.", en: "I confirm that the information in this proposal is correct." },
          },
        ],
      },
    ],
  },
});
