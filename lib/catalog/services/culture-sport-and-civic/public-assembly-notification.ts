/**
 * Zawiadomienie o zamiarze zorganizowania zgromadzenia publicznego (Law on assemblies, art. 7 and
 * 10): it must reach the municipality 30 to 6 days before the assembly. No permit is issued; the
 * mayor may only prohibit it by decision at least 96 hours before. Data only.
 */
import { defineService } from "../../types";
import { emailField, identityFields } from "../shared/applicant";

export const publicAssemblyNotification = defineService({
  id: "public-assembly-notification",
  version: 1,
  category: "culture-sport-and-civic",
  name: { pl: "Zawiadomienie o zgromadzeniu publicznym", en: "Notice of a public assembly" },
  summary: {
    pl: "Zawiadom urząd o planowanej demonstracji, pikiecie lub marszu najwcześniej 30, a najpóźniej 6 dni przed terminem.",
    en: "Notify the office of a planned demonstration, picket or march no earlier than 30 and no later than 6 days before it.",
  },
  whoCanApply: {
    pl: "Organizator zgromadzenia: osoba pełnoletnia z pełną zdolnością do czynności prawnych, osoba prawna, inna organizacja lub grupa osób. Zgromadzenie spontaniczne i zgromadzenie w trybie uproszczonym (zgłaszane do centrum zarządzania kryzysowego) wymagają innej procedury.",
    en: "The organiser: an adult with full legal capacity, a legal person, another organisation or a group of people. Spontaneous assemblies and the simplified procedure (notified to the crisis management centre) follow different rules.",
  },
  whatYouNeed: [
    { pl: "Cel zgromadzenia, datę, godzinę, miejsce i – dla przemarszu – trasę", en: "The purpose, date, time, place and – for a march – the route" },
    { pl: "Dane przewodniczącego zgromadzenia i jego pisemna zgoda, jeśli nie jesteś nim Ty", en: "The chair's details and written consent, if you are not the chair" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zawiadomienie jest bezpłatne.", en: "The notice is free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd nie wydaje zezwolenia. Niezwłocznie publikuje informację o zgromadzeniu w BIP, a ewentualny zakaz wydaje w drodze decyzji najpóźniej 96 godzin przed zgromadzeniem.",
    en: "The office issues no permit. It promptly publishes information about the assembly in its public bulletin, and may prohibit it by decision no later than 96 hours beforehand.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 lipca 2015 r. – Prawo o zgromadzeniach (art. 7, 10 i 14)",
    en: "Law on Assemblies of 24 July 2015 (Articles 7, 10 and 14)",
  },
  departmentCode: "zk",
  jrwaClass: "5311", // JRWA: verify against the office's list
  keywords: ["zgromadzenie", "demonstracja", "manifestacja", "pikieta", "marsz", "protest"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane organizatora", en: "Organiser details" },
        fields: [
          ...identityFields,
          { key: "correspondenceAddress", kind: "address", label: { pl: "Adres do korespondencji", en: "Correspondence address" } },
          emailField,
          { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, hint: { pl: "Urząd i policja mogą potrzebować pilnego kontaktu.", en: "The office and the police may need to reach you urgently." }, optional: true, autocomplete: "tel" },
          {
            key: "organiserType",
            kind: "radio",
            label: { pl: "Kto jest organizatorem?", en: "Who is the organiser?" },
            options: [
              { value: "person", label: { pl: "Ja, jako osoba fizyczna", en: "Me, as an individual" } },
              { value: "organisation", label: { pl: "Organizacja, którą reprezentuję", en: "An organisation I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto jest organizatorem", en: "Select who the organiser is" } },
          },
          { key: "organisationName", kind: "text", label: { pl: "Nazwa i siedziba organizacji", en: "Name and seat of the organisation" }, showIf: { field: "organiserType", equals: "organisation" }, maxLength: 300 },
          { key: "organisationKrs", kind: "krs", label: { pl: "Numer KRS organizacji", en: "Organisation's KRS number" }, showIf: { field: "organiserType", equals: "organisation" }, optional: true },
        ],
      },
      {
        id: "assembly",
        title: { pl: "Zgromadzenie", en: "The assembly" },
        fields: [
          { key: "purpose", kind: "long-text", label: { pl: "Cel zgromadzenia i sprawy, których dotyczy", en: "Purpose of the assembly and the issues it concerns" }, maxLength: 2000, errors: { required: { pl: "Podaj cel zgromadzenia", en: "Enter the purpose of the assembly" } } },
          {
            key: "assemblyDate",
            kind: "date",
            label: { pl: "Data zgromadzenia", en: "Date of the assembly" },
            hint: { pl: "Zawiadomienie musi dotrzeć do urzędu najwcześniej 30, a najpóźniej 6 dni przed zgromadzeniem.", en: "The notice must reach the office no earlier than 30 and no later than 6 days before the assembly." },
            min: { daysFromToday: 6 },
            max: { daysFromToday: 30 },
            errors: {
              required: { pl: "Podaj datę zgromadzenia", en: "Enter the date of the assembly" },
              tooEarly: { pl: "Zgromadzenie musi się odbyć najwcześniej {date} – zawiadomienie składa się co najmniej 6 dni wcześniej", en: "The assembly must be on {date} or later – notice must be given at least 6 days ahead" },
              tooLate: { pl: "Zawiadomienie można złożyć najwcześniej 30 dni przed zgromadzeniem – podaj datę nie późniejszą niż {date}", en: "Notice can be given at most 30 days ahead – enter a date no later than {date}" },
            },
          },
          { key: "startTime", kind: "text", label: { pl: "Godzina rozpoczęcia", en: "Start time" }, hint: { pl: "Na przykład 15:00.", en: "For example, 15:00." }, maxLength: 5 },
          { key: "duration", kind: "text", label: { pl: "Planowany czas trwania", en: "Planned duration" }, hint: { pl: "Na przykład 2 godziny.", en: "For example, 2 hours." }, maxLength: 50 },
          { key: "location", kind: "text", label: { pl: "Miejsce zgromadzenia", en: "Place of the assembly" }, hint: { pl: "Na przykład plac Krakowski, przed wejściem do urzędu.", en: "For example, plac Krakowski, in front of the office entrance." }, maxLength: 300 },
          { key: "isMarch", kind: "yes-no", label: { pl: "Czy uczestnicy przejdą z miejsca na miejsce?", en: "Will the participants march?" } },
          { key: "route", kind: "long-text", label: { pl: "Trasa przejścia", en: "Route of the march" }, hint: { pl: "Miejsce startu, kolejne ulice i miejsce zakończenia.", en: "Start, the streets in order, and the end point." }, showIf: { field: "isMarch", equals: true }, maxLength: 2000 },
          { key: "expectedParticipants", kind: "integer", label: { pl: "Przewidywana liczba uczestników", en: "Expected number of participants" }, minValue: 2, maxValue: 1000000 },
          { key: "safetyMeasures", kind: "long-text", label: { pl: "Środki zapewnienia pokojowego przebiegu", en: "Measures to keep the assembly peaceful" }, hint: { pl: "Na przykład liczba porządkowych. Nieobowiązkowe.", en: "For example, the number of stewards. Optional." }, optional: true, maxLength: 1000 },
        ],
      },
      {
        id: "chair",
        title: { pl: "Przewodniczący zgromadzenia", en: "Chair of the assembly" },
        fields: [
          { key: "selfChair", kind: "yes-no", label: { pl: "Czy to Ty przewodniczysz zgromadzeniu?", en: "Will you chair the assembly?" } },
          { key: "chairName", kind: "text", label: { pl: "Imię i nazwisko przewodniczącego", en: "Chair's full name" }, showIf: { field: "selfChair", equals: false }, maxLength: 200 },
          { key: "chairPesel", kind: "pesel", label: { pl: "Numer PESEL przewodniczącego", en: "Chair's PESEL number" }, showIf: { field: "selfChair", equals: false } },
          { key: "chairAddress", kind: "address", label: { pl: "Adres do korespondencji przewodniczącego", en: "Chair's correspondence address" }, showIf: { field: "selfChair", equals: false } },
          { key: "chairPhone", kind: "phone", label: { pl: "Telefon przewodniczącego", en: "Chair's phone number" }, showIf: { field: "selfChair", equals: false } },
          { key: "chairConsent", kind: "file", label: { pl: "Pisemna zgoda przewodniczącego", en: "Chair's written consent" }, showIf: { field: "selfChair", equals: false }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je na podstawie Prawa o zgromadzeniach (art. 6 ust. 1 lit. c RODO) i przekazujemy policji. W BIP publikujemy datę, miejsce i cel zgromadzenia, bez Twoich danych osobowych. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data under the Law on Assemblies (Article 6(1)(c) GDPR) and pass it to the police. The public bulletin shows the date, place and purpose, without your personal data. You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane w zawiadomieniu są zgodne z prawdą.", en: "I declare that the information in this notice is true." },
          },
        ],
      },
    ],
  },
});
