/**
 * Orzeczenie o niepełnosprawności (under 16) or o stopniu niepełnosprawności (16 and over), issued
 * by the powiat/city disability assessment team under the Act on vocational and social
 * rehabilitation and employment of persons with disabilities. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, personStep } from "./shared-fields";

export const disabilityAssessment = defineService({
  id: "disability-assessment",
  version: 1,
  category: "social-affairs",
  name: { pl: "Orzeczenie o niepełnosprawności lub o stopniu niepełnosprawności", en: "Disability assessment certificate" },
  summary: {
    pl: "Złóż wniosek do zespołu do spraw orzekania o niepełnosprawności o wydanie orzeczenia dla siebie lub dziecka.",
    en: "Apply to the disability assessment team for a disability certificate for yourself or your child.",
  },
  whoCanApply: {
    pl: "Osoba zainteresowana albo jej przedstawiciel ustawowy (rodzic dziecka, opiekun prawny). Dzieci do 16 lat otrzymują orzeczenie o niepełnosprawności, osoby od 16 lat – o stopniu niepełnosprawności (lekki, umiarkowany, znaczny).",
    en: "The person concerned or their legal representative (a child's parent, legal guardian). Children under 16 receive a disability certificate; people aged 16 and over a certificate of the degree of disability (mild, moderate, significant).",
  },
  whatYouNeed: [
    { pl: "Zaświadczenie lekarskie o stanie zdrowia, wydane nie wcześniej niż 30 dni przed złożeniem wniosku", en: "A medical certificate of your health, issued no earlier than 30 days before you apply" },
    { pl: "Dokumentacja medyczna: wypisy ze szpitala, wyniki badań, opinie specjalistów", en: "Medical records: hospital discharge summaries, test results, specialists' opinions" },
    { pl: "Poprzednie orzeczenie, jeśli je masz", en: "Your previous certificate, if you have one" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Postępowanie jest bezpłatne.", en: "The assessment is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Zespół wyznacza posiedzenie i zawiadamia Cię o jego terminie; w sprawie szczególnie skomplikowanej termin wynosi do 2 miesięcy.",
    en: "The team sets a hearing and notifies you of its date; in a particularly complex case the deadline is up to 2 months.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 sierpnia 1997 r. o rehabilitacji zawodowej i społecznej oraz zatrudnianiu osób niepełnosprawnych (art. 3–6b); rozporządzenie w sprawie orzekania o niepełnosprawności i stopniu niepełnosprawności",
    en: "Act of 27 August 1997 on vocational and social rehabilitation and employment of persons with disabilities (Articles 3–6b); regulation on disability assessment",
  },
  departmentCode: "on",
  jrwaClass: "5620", // JRWA: verify against the assessment team's list
  keywords: ["orzeczenie", "niepełnosprawność", "stopień niepełnosprawności", "pzon", "mzon", "komisja"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "concerned",
        title: { pl: "Kogo dotyczy wniosek", en: "Who the application is for" },
        fields: [
          {
            key: "applicationFor",
            kind: "radio",
            label: { pl: "Dla kogo wnioskujesz o orzeczenie?", en: "Who are you applying for?" },
            options: [
              { value: "self", label: { pl: "Dla siebie", en: "For myself" } },
              { value: "represented", label: { pl: "Dla dziecka lub osoby, której jestem opiekunem prawnym", en: "For my child or a person under my legal guardianship" } },
            ],
            errors: { required: { pl: "Wybierz, dla kogo wnioskujesz o orzeczenie", en: "Select who you are applying for" } },
          },
          { key: "concernedName", kind: "text", label: { pl: "Imię i nazwisko dziecka lub podopiecznego", en: "Full name of the child or ward" }, showIf: { field: "applicationFor", equals: "represented" }, maxLength: 200 },
          { key: "concernedPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka lub podopiecznego", en: "PESEL number of the child or ward" }, showIf: { field: "applicationFor", equals: "represented" } },
          {
            key: "applicationReason",
            kind: "radio",
            label: { pl: "Powód wniosku", en: "Reason for applying" },
            options: [
              { value: "first", label: { pl: "Pierwsze orzeczenie", en: "First certificate" } },
              { value: "expiring", label: { pl: "Poprzednie orzeczenie traci ważność", en: "The previous certificate is expiring" } },
              { value: "health-change", label: { pl: "Zmiana stanu zdrowia", en: "Change in health" } },
            ],
          },
          {
            key: "purposes",
            kind: "checkboxes",
            label: { pl: "Do czego potrzebujesz orzeczenia?", en: "What do you need the certificate for?" },
            options: [
              { value: "employment", label: { pl: "Odpowiednie zatrudnienie", en: "Suitable employment" } },
              { value: "rehabilitation", label: { pl: "Rehabilitacja, turnus, sprzęt ortopedyczny", en: "Rehabilitation, therapy stays, orthopaedic equipment" } },
              { value: "benefits", label: { pl: "Zasiłek pielęgnacyjny lub inne świadczenia", en: "Care allowance or other benefits" } },
              { value: "social-assistance", label: { pl: "Pomoc społeczna", en: "Social assistance" } },
              { value: "parking-card", label: { pl: "Karta parkingowa", en: "Parking card" } },
              { value: "tax-relief", label: { pl: "Ulgi i uprawnienia (podatkowe, komunikacyjne)", en: "Tax and transport reliefs" } },
              { value: "other", label: { pl: "Inny cel", en: "Another purpose" } },
            ],
            errors: { required: { pl: "Wybierz, do czego potrzebujesz orzeczenia", en: "Select what you need the certificate for" } },
          },
          { key: "homeVisit", kind: "yes-no", label: { pl: "Czy stan zdrowia uniemożliwia stawienie się na posiedzeniu zespołu?", en: "Does your health make it impossible to attend the team's hearing?" }, hint: { pl: "Potrzebne jest wtedy zaświadczenie lekarskie; zespół może wydać orzeczenie na podstawie dokumentów lub w miejscu pobytu.", en: "A medical certificate is then needed; the team can decide on documents or where you are staying." } },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          { key: "medicalCertificate", kind: "file", label: { pl: "Zaświadczenie lekarskie (nie starsze niż 30 dni)", en: "Medical certificate (not older than 30 days)" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "medicalRecords", kind: "file", label: { pl: "Dokumentacja medyczna", en: "Medical records" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 15 },
          { key: "previousCertificate", kind: "file", label: { pl: "Poprzednie orzeczenie", en: "Previous certificate" }, showIf: { field: "applicationReason", notEquals: "first" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
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
              pl: "Administratorem danych jest zespół do spraw orzekania o niepełnosprawności. Przetwarzamy je, w tym dane o zdrowiu, aby wydać orzeczenie na podstawie ustawy o rehabilitacji zawodowej i społecznej (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. b i h RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the disability assessment team. We process the data, including health data, to issue the certificate under the Act on vocational and social rehabilitation (Article 6(1)(c) and 9(2)(b) and (h) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
