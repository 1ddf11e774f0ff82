/**
 * Dofinansowanie kosztów kształcenia młodocianego pracownika: the employer's grant after the
 * apprentice passes the exam (art. 122 of the School Education Law); de minimis aid, decided by
 * the mayor of the municipality where the apprentice lives. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, nipField, peselField } from "../shared/applicant";

export const youngWorkerTrainingGrant = defineService({
  id: "young-worker-training-grant",
  version: 1,
  category: "education",
  name: { pl: "Dofinansowanie kształcenia młodocianego pracownika", en: "Grant for training a young apprentice" },
  summary: {
    pl: "Pracodawco, złóż wniosek o zwrot kosztów kształcenia młodocianego pracownika, który zdał egzamin zawodowy lub czeladniczy.",
    en: "Employers: apply for a grant towards training a young apprentice who has passed the vocational or journeyman exam.",
  },
  whoCanApply: {
    pl: "Pracodawca, który zawarł z młodocianym umowę o pracę w celu przygotowania zawodowego, gdy młodociany ukończył naukę zawodu lub przyuczenie i zdał egzamin. Wniosek składa się w ciągu 3 miesięcy od zdania egzaminu w gminie właściwej ze względu na miejsce zamieszkania młodocianego.",
    en: "An employer who had an employment contract for vocational preparation with the apprentice, once the apprentice completed training and passed the exam. Apply within 3 months of the exam to the municipality where the apprentice lives.",
  },
  whatYouNeed: [
    { pl: "Dokument potwierdzający kwalifikacje pracodawcy lub osoby prowadzącej przygotowanie zawodowe", en: "A document confirming the qualifications of the employer or the person who trained the apprentice" },
    { pl: "Umowę o pracę z młodocianym w celu przygotowania zawodowego", en: "The employment contract for vocational preparation" },
    { pl: "Dyplom, świadectwo lub certyfikat potwierdzający zdanie egzaminu", en: "The diploma or certificate confirming the exam was passed" },
    { pl: "Zaświadczenia o pomocy de minimis z ostatnich 3 lat (lub oświadczenie, że jej nie otrzymano) oraz formularz informacji przy ubieganiu się o pomoc de minimis", en: "Certificates of de minimis aid from the last 3 years (or a statement that none was received) and the de minimis information form" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd wydaje decyzję. Wypłata następuje ze środków Funduszu Pracy przekazanych przez wojewodę, więc może nastąpić później niż decyzja.",
    en: "The office issues a decision. Payment comes from the Labour Fund via the voivode, so it may come later than the decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe (art. 122) oraz przepisy o pomocy de minimis",
    en: "Act of 14 December 2016 – School Education Law (Article 122) and the de minimis aid rules",
  },
  departmentCode: "ow",
  jrwaClass: "4432", // JRWA: verify against the office's list
  keywords: ["młodociany pracownik", "dofinansowanie pracodawcy", "nauka zawodu", "uczeń w zakładzie", "egzamin czeladniczy"],
  form: {
    version: 1,
    steps: [
      {
        id: "employer",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          { key: "employerName", kind: "text", label: { pl: "Pełna nazwa pracodawcy", en: "Employer's full name" }, maxLength: 300, errors: { required: { pl: "Podaj pełną nazwę pracodawcy", en: "Enter the employer's full name" } } },
          nipField,
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "Business statistical number (REGON)" }, optional: true },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "National Court Register number (KRS)" }, optional: true },
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby lub miejsca prowadzenia działalności", en: "Registered office or business address" } },
          { key: "representativeRole", kind: "text", label: { pl: "Twoja funkcja u pracodawcy", en: "Your role at the employer" }, hint: { pl: "Na przykład: właściciel, prezes zarządu.", en: "For example: owner, CEO." }, maxLength: 100 },
          ...contactFields,
        ],
      },
      {
        id: "apprentice",
        title: { pl: "Młodociany i kształcenie", en: "The apprentice and the training" },
        fields: [
          { key: "apprenticeName", kind: "text", label: { pl: "Imię i nazwisko młodocianego", en: "Apprentice's full name" }, maxLength: 200 },
          { key: "apprenticeBirthDate", kind: "date", label: { pl: "Data urodzenia młodocianego", en: "Apprentice's date of birth" }, min: { daysFromToday: -9125 }, max: { daysFromToday: -5110 } },
          { key: "apprenticeAddress", kind: "address", label: { pl: "Adres zamieszkania młodocianego", en: "Apprentice's home address" } },
          {
            key: "trainingType",
            kind: "radio",
            label: { pl: "Forma przygotowania zawodowego", en: "Form of vocational preparation" },
            options: [
              { value: "apprenticeship", label: { pl: "Nauka zawodu", en: "Apprenticeship" } },
              { value: "job-training", label: { pl: "Przyuczenie do wykonywania określonej pracy", en: "Training for a specific job" } },
            ],
            errors: { required: { pl: "Wybierz formę przygotowania zawodowego", en: "Select the form of vocational preparation" } },
          },
          { key: "occupation", kind: "text", label: { pl: "Zawód i jego symbol", en: "Occupation and its code" }, hint: { pl: "Na przykład: fryzjer 514101.", en: "For example: hairdresser 514101." }, maxLength: 200 },
          { key: "trainingPeriod", kind: "date-range", label: { pl: "Okres kształcenia", en: "Training period" }, min: { date: "2015-01-01" }, max: "today" },
          {
            key: "examType",
            kind: "radio",
            label: { pl: "Jaki egzamin zdał młodociany?", en: "Which exam did the apprentice pass?" },
            options: [
              { value: "vocational", label: { pl: "Egzamin zawodowy", en: "Vocational exam" } },
              { value: "journeyman", label: { pl: "Egzamin czeladniczy", en: "Journeyman exam" } },
              { value: "job-training-exam", label: { pl: "Egzamin po przyuczeniu do wykonywania określonej pracy", en: "Exam after job training" } },
            ],
          },
          { key: "examDate", kind: "date", label: { pl: "Data zdania egzaminu", en: "Date the exam was passed" }, hint: { pl: "Wniosek składa się w ciągu 3 miesięcy od tej daty.", en: "Apply within 3 months of this date." }, min: { daysFromToday: -93 }, max: "today", errors: { tooEarly: { pl: "Wniosek składa się w ciągu 3 miesięcy od zdania egzaminu", en: "You must apply within 3 months of the exam" } } },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku pracodawcy do wypłaty", en: "Employer's bank account for payment" } },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "qualifications", kind: "file", label: { pl: "Dokument potwierdzający kwalifikacje do prowadzenia przygotowania zawodowego", en: "Document confirming the trainer's qualifications" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "employmentContract", kind: "file", label: { pl: "Umowa o pracę w celu przygotowania zawodowego", en: "Employment contract for vocational preparation" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "examCertificate", kind: "file", label: { pl: "Dyplom, świadectwo lub certyfikat z egzaminu", en: "Exam diploma or certificate" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "deMinimis", kind: "file", label: { pl: "Zaświadczenia lub oświadczenie o pomocy de minimis oraz formularz informacji", en: "De minimis certificates or statement and the information form" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy dane Twoje i młodocianego, aby przyznać dofinansowanie na podstawie Prawa oświatowego oraz przepisów o pomocy publicznej (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process your and the apprentice's data to grant the funding under the School Education Law and the state aid rules (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
