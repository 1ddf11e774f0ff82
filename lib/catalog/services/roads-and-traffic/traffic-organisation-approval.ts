/**
 * Zatwierdzenie projektu stałej lub czasowej organizacji ruchu (art. 10 of the Road Traffic Act
 * and the regulation on detailed conditions of traffic management). Data only.
 */
import { defineService } from "../../types";
import { addressField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, peselField } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const trafficOrganisationApproval = defineService({
  id: "traffic-organisation-approval",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Zatwierdzenie projektu organizacji ruchu", en: "Approval of a traffic management plan" },
  summary: {
    pl: "Złóż projekt stałej lub czasowej organizacji ruchu (znaki, sygnalizacja, objazdy) do zatwierdzenia, na przykład na czas robót lub imprezy.",
    en: "Submit a permanent or temporary traffic management plan (signs, signals, detours) for approval, for example for works or an event.",
  },
  whoCanApply: {
    pl: "Inwestor, wykonawca robót, organizator imprezy lub zarządca drogi – zwykle przez projektanta organizacji ruchu.",
    en: "A developer, works contractor, event organiser or road manager – usually through the traffic plan designer.",
  },
  whatYouNeed: [
    { pl: "Projekt organizacji ruchu: plan orientacyjny, plan sytuacyjny z oznakowaniem, opis techniczny", en: "The traffic plan: an orientation map, a site plan with the signage, and a technical description" },
    { pl: "Opinię komendanta policji i zarządcy drogi, jeśli są wymagane", en: "Opinions of the police commander and the road manager, where required" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zatwierdzenie projektu jest bezpłatne.", en: "Approval of the plan is free." } },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Organ zarządzający ruchem rozpatruje projekt w ciągu 30 dni: zatwierdza go, zwraca do poprawy albo odmawia zatwierdzenia.",
    en: "The traffic authority considers the plan within 30 days: it approves it, returns it for correction or refuses approval.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 10) oraz przepisy w sprawie szczegółowych warunków zarządzania ruchem na drogach",
    en: "Act of 20 June 1997 – Road Traffic Law (Article 10) and the regulation on detailed conditions of traffic management",
  },
  departmentCode: "zd",
  jrwaClass: "7240", // JRWA: verify against the office's list
  keywords: ["organizacja ruchu", "projekt organizacji ruchu", "oznakowanie", "objazd", "czasowa organizacja ruchu"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          { key: "organisationName", kind: "text", label: { pl: "Nazwa firmy lub instytucji, którą reprezentujesz", en: "Company or institution you represent" }, hint: { pl: "Zostaw puste, jeśli składasz wniosek we własnym imieniu.", en: "Leave empty if you are applying on your own behalf." }, optional: true, maxLength: 300 },
          addressField, ...contactFields,
        ],
      },
      {
        id: "plan",
        title: { pl: "Projekt organizacji ruchu", en: "The traffic plan" },
        fields: [
          {
            key: "planType",
            kind: "radio",
            label: { pl: "Jaki projekt składasz?", en: "Which plan are you submitting?" },
            options: [
              { value: "permanent", label: { pl: "Stała organizacja ruchu", en: "Permanent traffic arrangement" } },
              { value: "temporary", label: { pl: "Czasowa organizacja ruchu", en: "Temporary traffic arrangement" }, hint: { pl: "Na czas robót, imprezy lub innego zdarzenia.", en: "For works, an event or another occasion." } },
            ],
            errors: { required: { pl: "Wybierz rodzaj projektu", en: "Select the type of plan" } },
          },
          { key: "roads", kind: "long-text", label: { pl: "Drogi i odcinki objęte projektem", en: "Roads and sections covered" }, hint: { pl: "Na przykład: ul. Zwycięstwa od ul. Dworcowej do ul. Wieczorka.", en: "For example: ul. Zwycięstwa from ul. Dworcowa to ul. Wieczorka." }, maxLength: 1000 },
          { key: "purpose", kind: "long-text", label: { pl: "Cel wprowadzenia organizacji ruchu", en: "Purpose of the arrangement" }, maxLength: 2000 },
          {
            key: "validity",
            kind: "date-range",
            label: { pl: "Okres obowiązywania czasowej organizacji ruchu", en: "Period of the temporary arrangement" },
            showIf: { field: "planType", equals: "temporary" },
            min: "today",
            max: { daysFromToday: 1095 },
          },
          { key: "plannedStart", kind: "date", label: { pl: "Planowany termin wprowadzenia stałej organizacji ruchu", en: "Planned start of the permanent arrangement" }, showIf: { field: "planType", equals: "permanent" }, min: "today", max: { daysFromToday: 1095 } },
          { key: "designer", kind: "text", label: { pl: "Projektant (imię, nazwisko, telefon)", en: "Designer (name, phone)" }, maxLength: 200 },
          { key: "planDocuments", kind: "file", label: { pl: "Projekt organizacji ruchu", en: "Traffic plan" }, hint: { pl: "Plan orientacyjny, plan sytuacyjny i opis techniczny.", en: "Orientation map, site plan and technical description." }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "opinions", kind: "file", label: { pl: "Opinie policji i zarządcy drogi", en: "Police and road manager opinions" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
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
              pl: "Administratorem danych osobowych jest organ zarządzający ruchem – prezydent miasta, starosta lub wójt, w imieniu którego działa urząd. Przetwarzamy je, aby rozpatrzyć projekt na podstawie Prawa o ruchu drogowym (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the traffic authority – the mayor, starost or wójt on whose behalf the office acts. We process the data to consider the plan under the Road Traffic Law (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
