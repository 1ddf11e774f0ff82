/**
 * Skarga under Division VIII of the Administrative Procedure Code (art. 227–240): about neglect or
 * improper performance of tasks by the office, its staff or municipal units. A complaint about the
 * mayor is decided by the municipal council (art. 229 pkt 3). Data only.
 */
import { defineService } from "../../types";
import { deliveryChannelField, edeliveryAddressField, residenceAddressField } from "./shared-fields";
import { contactFields, familyNameField, givenNameField } from "../shared/applicant";

export const complaint = defineService({
  id: "complaint",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Skarga na działanie urzędu lub pracownika", en: "Complaint about the office or its staff" },
  summary: {
    pl: "Złóż skargę na zaniedbanie, przewlekłość, naruszenie prawa lub niewłaściwe zachowanie urzędu, jego pracowników albo jednostek gminy.",
    en: "Complain about neglect, delay, breach of the law or improper conduct by the office, its staff or municipal units.",
  },
  whoCanApply: {
    pl: "Każdy – we własnym interesie, w interesie publicznym albo w interesie innej osoby za jej zgodą. Skarga bez imienia, nazwiska i adresu pozostaje bez rozpoznania.",
    en: "Anyone – in their own interest, in the public interest or on behalf of another person with their consent. A complaint without a name and address is not considered.",
  },
  whatYouNeed: [
    { pl: "Opis sprawy: kogo dotyczy skarga, co się stało i kiedy", en: "A description: who the complaint is about, what happened and when" },
    { pl: "Dokumenty, które potwierdzają Twoje zarzuty – jeśli je masz", en: "Documents supporting your complaint – if you have them" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Złożenie skargi jest bezpłatne.", en: "Making a complaint is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Skargę rozpatruje się bez zbędnej zwłoki, najpóźniej w ciągu miesiąca. Skargę na wójta, burmistrza lub prezydenta miasta rozpatruje rada gminy.",
    en: "The complaint is dealt with without undue delay, within one month at the latest. A complaint about the mayor is decided by the municipal council.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (art. 227–240); rozporządzenie Rady Ministrów z dnia 8 stycznia 2002 r. w sprawie organizacji przyjmowania i rozpatrywania skarg i wniosków",
    en: "Administrative Procedure Code of 14 June 1960 (Articles 227–240); Council of Ministers regulation of 8 January 2002 on receiving and handling complaints and proposals",
  },
  departmentCode: "bok",
  jrwaClass: "1510", // JRWA: verify against the office's list
  keywords: ["skarga", "zażalenie na urzędnika", "reklamacja", "przewlekłość", "niezadowolenie"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i adres są wymagane – skarga anonimowa pozostaje bez rozpoznania.",
          en: "Your name and address are required – an anonymous complaint is not considered.",
        },
        fields: [givenNameField, familyNameField, residenceAddressField, ...contactFields],
      },
      {
        id: "complaint",
        title: { pl: "Skarga", en: "The complaint" },
        fields: [
          {
            key: "concerns",
            kind: "radio",
            label: { pl: "Kogo dotyczy skarga?", en: "Who is the complaint about?" },
            options: [
              { value: "staff", label: { pl: "Pracownika lub wydziału urzędu", en: "A member of staff or a department" } },
              { value: "unit", label: { pl: "Jednostki gminy (na przykład szkoły, ośrodka pomocy społecznej, zarządu dróg)", en: "A municipal unit (for example a school, the social assistance centre, the roads authority)" } },
              { value: "mayor", label: { pl: "Wójta, burmistrza lub prezydenta miasta", en: "The mayor" }, hint: { pl: "Skargę rozpatrzy rada gminy.", en: "The municipal council will decide." } },
            ],
            errors: { required: { pl: "Wybierz, kogo dotyczy skarga", en: "Select who the complaint is about" } },
          },
          { key: "concernedUnit", kind: "text", label: { pl: "Nazwa wydziału, jednostki lub imię i nazwisko pracownika", en: "Name of the department, unit or member of staff" }, showIf: { field: "concerns", notEquals: "mayor" }, optional: true, maxLength: 200 },
          { key: "caseReference", kind: "text", label: { pl: "Znak sprawy, której dotyczy skarga", en: "Reference number of the case concerned" }, hint: { pl: "Jeśli skarga dotyczy konkretnej sprawy, na przykład SO.5341.12.2026.", en: "If it concerns a particular case, for example SO.5341.12.2026." }, optional: true, maxLength: 60 },
          {
            key: "subject",
            kind: "long-text",
            label: { pl: "Opisz, co się stało", en: "Describe what happened" },
            hint: { pl: "Podaj daty i okoliczności oraz czego oczekujesz.", en: "Give the dates and circumstances, and what you expect." },
            maxLength: 8000,
            errors: { required: { pl: "Opisz, czego dotyczy skarga", en: "Describe what the complaint is about" } },
          },
          { key: "supportingDocuments", kind: "file", label: { pl: "Dokumenty uzasadniające skargę", en: "Supporting documents" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          deliveryChannelField, edeliveryAddressField,
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta, a przy skardze na wójta, burmistrza lub prezydenta – rada gminy. Przetwarzamy je, aby rozpatrzyć skargę na podstawie Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor, or the municipal council for a complaint about the mayor. We process the data to handle the complaint under the Administrative Procedure Code (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że informacje w skardze są zgodne z prawdą.", en: "I declare that the information in this complaint is true." },
          },
        ],
      },
    ],
  },
});
