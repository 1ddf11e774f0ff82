/**
 * Wniosek o nadanie Medalu za Długoletnie Pożycie Małżeńskie (50 years of marriage): the office
 * gathers the couple's data and forwards the nomination through the voivode to the President.
 * Not an administrative case; the deadline is the office's own service standard. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const goldenAnniversaryMedal = defineService({
  id: "golden-anniversary-medal",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Medal za Długoletnie Pożycie Małżeńskie (złote gody)",
    en: "Long Marriage Medal (golden wedding anniversary)",
  },
  summary: {
    pl: "Zgłoś parę z co najmniej 50-letnim stażem małżeńskim do Medalu za Długoletnie Pożycie Małżeńskie.",
    en: "Nominate a couple married for at least 50 years for the Long Marriage Medal.",
  },
  whoCanApply: {
    pl: "Małżonkowie, którzy przeżyli w jednym związku co najmniej 50 lat, albo ich bliscy za ich zgodą. Medal nadaje Prezydent RP na wniosek wojewody; urząd organizuje uroczyste wręczenie.",
    en: "Spouses who have been married to each other for at least 50 years, or their relatives with their consent. The President of Poland awards the medal on the voivode's application; the office organises the ceremony.",
  },
  whatYouNeed: [
    { pl: "Dane obojga małżonków oraz datę i miejsce ślubu", en: "Both spouses' details and the date and place of the wedding" },
    { pl: "Odpis aktu małżeństwa, jeśli ślub odbył się za granicą lub akt nie jest w rejestrze elektronicznym", en: "A copy of the marriage record, if the wedding was abroad or the record is not in the electronic register" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "W ciągu miesiąca urząd sprawdzi wniosek i przekaże go wojewodzie. Nadanie medalu przez Prezydenta RP trwa zwykle kilka miesięcy; o terminie uroczystości poinformujemy.",
    en: "Within a month the office checks the application and forwards it to the voivode. The award by the President usually takes several months; we will tell you the date of the ceremony.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 16 października 1992 r. o orderach i odznaczeniach (Medal za Długoletnie Pożycie Małżeńskie)",
    en: "Act of 16 October 1992 on orders and decorations (Long Marriage Medal)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["złote gody", "50 lat małżeństwa", "medal za pożycie", "jubileusz małżeński", "rocznica ślubu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "couple",
        title: { pl: "Para jubilatów", en: "The couple" },
        fields: [
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś?", en: "Who are you?" },
            options: [
              { value: "spouse", label: { pl: "Jednym z małżonków", en: "One of the spouses" } },
              { value: "relative", label: { pl: "Krewnym lub bliską osobą pary", en: "A relative or someone close to the couple" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś", en: "Select who you are" } },
          },
          { key: "firstSpouseName", kind: "text", label: { pl: "Imię i nazwisko pierwszego małżonka", en: "First spouse's full name" }, showIf: { field: "applicantRole", equals: "relative" }, maxLength: 200 },
          { key: "secondSpouseName", kind: "text", label: { pl: "Imię i nazwisko drugiego małżonka", en: "Second spouse's full name" }, maxLength: 200 },
          { key: "secondSpousePesel", kind: "pesel", label: { pl: "Numer PESEL drugiego małżonka", en: "Second spouse's PESEL number" }, optional: true },
          {
            key: "marriageDate",
            kind: "date",
            label: { pl: "Data zawarcia małżeństwa", en: "Date of the marriage" },
            hint: { pl: "Do medalu zgłasza się pary, które w tym roku kończą co najmniej 50 lat małżeństwa.", en: "Couples completing at least 50 years of marriage this year can be nominated." },
            min: { date: "1900-01-01" },
            max: { daysFromToday: -17897 },
            errors: { tooLate: { pl: "Medal przysługuje po co najmniej 50 latach małżeństwa", en: "The medal is awarded after at least 50 years of marriage" } },
          },
          { key: "marriagePlace", kind: "text", label: { pl: "Miejsce zawarcia małżeństwa", en: "Place of the marriage" }, maxLength: 200 },
          { key: "coupleAddress", kind: "address", label: { pl: "Adres zamieszkania pary", en: "The couple's home address" } },
          {
            key: "marriageRecordCopy",
            kind: "file",
            label: { pl: "Odpis aktu małżeństwa", en: "Copy of the marriage record" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Dane Twoje i pary jubilatów przetwarzamy, aby przygotować wniosek o nadanie medalu i przekazać go wojewodzie na podstawie ustawy o orderach i odznaczeniach oraz zgody małżonków (art. 6 ust. 1 lit. a i e RODO). Masz prawo dostępu do danych, ich sprostowania, ograniczenia przetwarzania i cofnięcia zgody oraz prawo skargi do Prezesa UODO.",
              en: "The controller of the data is the mayor (wójt, burmistrz or prezydent miasta). We process your data and the couple's to prepare the medal nomination and forward it to the voivode under the Act on orders and decorations and with the spouses' consent (Article 6(1)(a) and (e) GDPR). You have the right to access and correct the data, to restrict its processing, to withdraw consent, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "coupleConsent",
            kind: "consent",
            label: {
              pl: "Oświadczam, że oboje małżonkowie zgadzają się na zgłoszenie do medalu i przetwarzanie ich danych w tym celu.",
              en: "I declare that both spouses agree to the nomination and to the processing of their data for this purpose.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
