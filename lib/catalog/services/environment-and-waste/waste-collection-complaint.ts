/**
 * Zgłoszenie nieprawidłowości w odbiorze odpadów komunalnych: a property owner's report of poor
 * service by the collection company or the PSZOK (art. 6qa of the Act on maintaining cleanliness
 * and order in municipalities; the procedure is set by the council's resolution). Data only.
 */
import { defineService } from "../../types";
import { identityFields, phoneField } from "../shared/applicant";

export const wasteCollectionComplaint = defineService({
  id: "waste-collection-complaint",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Reklamacja odbioru odpadów komunalnych", en: "Complaint about household waste collection" },
  summary: {
    pl: "Zgłoś, że śmieci nie zostały odebrane albo firma wywozowa lub punkt selektywnej zbiórki działa nieprawidłowo.",
    en: "Report that your waste was not collected, or that the collection company or recycling point is not doing its job.",
  },
  whoCanApply: {
    pl: "Właściciel lub zarządca nieruchomości objętej gminnym systemem odbioru odpadów, a także najemca lub inny mieszkaniec tej nieruchomości.",
    en: "The owner or manager of a property in the municipal waste collection system, as well as a tenant or other resident there.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości i datę, kiedy wystąpił problem", en: "The property's address and the date the problem occurred" },
    { pl: "Zdjęcia, jeśli je masz", en: "Photos, if you have them" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie jest bezpłatne.", en: "The report is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd wyjaśnia zgłoszenie z firmą wywozową zwykle w ciągu kilku dni; termin i tryb zgłoszeń określa uchwała rady gminy.",
    en: "The office usually resolves the report with the collection company within a few days; the council's resolution sets the procedure and time limits.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 6qa, art. 6r ust. 3d) oraz uchwała rady gminy",
    en: "Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Article 6qa, Article 6r(3d)) and the council's resolution",
  },
  departmentCode: "go",
  jrwaClass: "6233", // JRWA: verify against the office's list
  keywords: ["nieodebrane śmieci", "wywóz śmieci", "reklamacja odpadów", "odbiór odpadów", "kubeł"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          { key: "email", kind: "email", label: { pl: "Adres e-mail", en: "Email address" }, hint: { pl: "Poinformujemy Cię o wyniku zgłoszenia.", en: "We will tell you the outcome of your report." }, optional: true, autocomplete: "email" },
          phoneField,
        ],
      },
      {
        id: "issue",
        title: { pl: "Zgłoszenie", en: "The report" },
        fields: [
          { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości, której dotyczy zgłoszenie", en: "Address of the property concerned" } },
          {
            key: "issueType",
            kind: "select",
            label: { pl: "Czego dotyczy zgłoszenie?", en: "What is the problem?" },
            options: [
              { value: "mixed-not-collected", label: { pl: "Nie odebrano odpadów zmieszanych", en: "Mixed waste not collected" } },
              { value: "sorted-not-collected", label: { pl: "Nie odebrano odpadów segregowanych", en: "Sorted waste not collected" } },
              { value: "bio-not-collected", label: { pl: "Nie odebrano bioodpadów", en: "Biowaste not collected" } },
              { value: "bulky-not-collected", label: { pl: "Nie odebrano odpadów wielkogabarytowych", en: "Bulky waste not collected" } },
              { value: "container", label: { pl: "Brak lub uszkodzenie pojemnika albo worków", en: "Missing or damaged bin or bags" } },
              { value: "mess", label: { pl: "Bałagan lub szkody pozostawione przy odbiorze", en: "Mess or damage left after collection" } },
              { value: "recycling-point", label: { pl: "Punkt selektywnej zbiórki odpadów (PSZOK)", en: "Recycling point (PSZOK)" } },
              { value: "other", label: { pl: "Inny problem", en: "Another problem" } },
            ],
            errors: { required: { pl: "Wybierz, czego dotyczy zgłoszenie", en: "Select what the problem is" } },
          },
          { key: "issueDate", kind: "date", label: { pl: "Data zdarzenia", en: "Date of the problem" }, hint: { pl: "Na przykład dzień, w którym odpady miały zostać odebrane według harmonogramu.", en: "For example, the day the waste was due to be collected under the schedule." }, min: { daysFromToday: -90 }, max: "today" },
          { key: "description", kind: "long-text", label: { pl: "Opis", en: "Description" }, maxLength: 2000, errors: { required: { pl: "Opisz, co się stało", en: "Describe what happened" } } },
          { key: "photos", kind: "file", label: { pl: "Zdjęcia", en: "Photos" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz zgłoszenie. Przetwarzamy je, aby wyjaśnić zgłoszenie na podstawie ustawy o utrzymaniu czystości i porządku w gminach (art. 6 ust. 1 lit. c i e RODO); dane nieruchomości możemy przekazać firmie odbierającej odpady. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you report to. We process the data to look into your report under the Act on maintaining cleanliness and order in municipalities (Article 6(1)(c) and (e) GDPR); we may pass the property's details to the collection company. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że informacje podane w zgłoszeniu są zgodne z prawdą.", en: "I declare that the information in this report is true." },
          },
        ],
      },
    ],
  },
});
