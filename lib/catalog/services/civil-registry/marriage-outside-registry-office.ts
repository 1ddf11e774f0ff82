/**
 * Wniosek o przyjęcie oświadczeń o wstąpieniu w związek małżeński poza urzędem stanu cywilnego:
 * a civil wedding at a chosen venue (additional 1,000 zł fee), or at home or in hospital when health
 * or deprivation of liberty prevents coming to the office (no additional fee). Data only.
 */
import { defineService } from "../../types";
import { partnerNameField, privacyNoticeField } from "./shared-fields";
import { prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const marriageOutsideRegistryOffice = defineService({
  id: "marriage-outside-registry-office",
  version: 1,
  category: "civil-registry",
  name: { pl: "Ślub cywilny poza urzędem stanu cywilnego", en: "Civil wedding outside the registry office" },
  summary: {
    pl: "Poproś, aby ślub cywilny odbył się w wybranym miejscu poza urzędem, na przykład w plenerze lub sali weselnej.",
    en: "Ask for your civil wedding to take place at a venue of your choice outside the office, such as outdoors or at a wedding hall.",
  },
  whoCanApply: {
    pl: "Osoby, które złożyły lub składają zapewnienie o braku przeszkód do małżeństwa. Miejsce musi zapewniać uroczystą formę ceremonii i bezpieczeństwo jej uczestników.",
    en: "People who have made or are making the pre-marriage declaration. The venue must ensure a solemn ceremony and the safety of those attending.",
  },
  whatYouNeed: [
    { pl: "Adres i opis miejsca ceremonii", en: "The address and description of the venue" },
    { pl: "Potwierdzenie wniesienia dodatkowej opłaty 1000 zł", en: "Proof of paying the additional fee of 1,000 zł" },
  ],
  fee: {
    amountGrosze: 100000,
    note: {
      pl: "Dodatkowa opłata 1000 zł, wnoszona na rachunek gminy (obok 84 zł opłaty skarbowej za akt małżeństwa). Nie pobiera się jej, gdy ślub poza urzędem jest konieczny ze względu na stan zdrowia lub pozbawienie wolności.",
      en: "An additional fee of 1,000 zł, paid to the municipality (on top of the 84 zł stamp duty for the marriage record). It is not charged when the wedding must take place outside the office because of ill health or deprivation of liberty.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd potwierdzi zgodę lub ją odmówi zwykle przy rezerwacji terminu; odmowa następuje w drodze decyzji.",
    en: "The office usually confirms or refuses when the date is booked; a refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przyjęcie oświadczeń o wstąpieniu w związek małżeński poza urzędem stanu cywilnego i opłata dodatkowa)",
    en: "Act of 28 November 2014 – Civil Status Records Act (marriage declarations received outside the registry office and the additional fee)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["ślub w plenerze", "ślub poza urzędem", "ślub w ogrodzie", "ślub cywilny w sali", "ślub w domu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "venue",
        title: { pl: "Miejsce i termin", en: "Venue and date" },
        fields: [
          partnerNameField,
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego ślub ma się odbyć poza urzędem?", en: "Why should the wedding take place outside the office?" },
            options: [
              { value: "choice", label: { pl: "Wybraliśmy takie miejsce (opłata 1000 zł)", en: "We chose this venue (1,000 zł fee)" } },
              { value: "health", label: { pl: "Stan zdrowia jednego z nas nie pozwala przyjść do urzędu (bez opłaty)", en: "One of us cannot come to the office for health reasons (no fee)" } },
              { value: "detention", label: { pl: "Jedno z nas jest pozbawione wolności (bez opłaty)", en: "One of us is deprived of liberty (no fee)" } },
            ],
            errors: { required: { pl: "Wybierz, dlaczego ślub ma się odbyć poza urzędem", en: "Select why the wedding should take place outside the office" } },
          },
          { key: "venueName", kind: "text", label: { pl: "Nazwa miejsca", en: "Name of the venue" }, hint: { pl: "Na przykład: ogród Pałacu w Pławniowicach.", en: "For example: the garden of the Pławniowice Palace." }, optional: true, maxLength: 200 },
          { key: "venueAddress", kind: "address", label: { pl: "Adres miejsca ceremonii", en: "Address of the venue" } },
          { key: "weddingDate", kind: "date", label: { pl: "Data ślubu", en: "Wedding date" }, min: "today", max: { daysFromToday: 366 }, errors: { required: { pl: "Podaj datę ślubu", en: "Enter the wedding date" } } },
          { key: "weddingTime", kind: "text", label: { pl: "Godzina", en: "Time" }, hint: { pl: "Na przykład 16:30.", en: "For example 16:30." }, maxLength: 20 },
          {
            key: "venueDescription",
            kind: "long-text",
            label: { pl: "Jak zapewnicie uroczysty charakter i bezpieczeństwo ceremonii?", en: "How will you ensure a solemn and safe ceremony?" },
            hint: { pl: "Na przykład: stół z godłem, zadaszenie na wypadek deszczu, dojazd, liczba gości.", en: "For example: a table with the national emblem, a shelter in case of rain, access, number of guests." },
            showIf: { field: "reason", equals: "choice" },
            maxLength: 2000,
          },
          {
            key: "healthDocument",
            kind: "file",
            label: { pl: "Zaświadczenie lekarskie", en: "Medical certificate" },
            showIf: { field: "reason", equals: "health" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie wniesienia opłaty dodatkowej (1000 zł)", en: "Proof of paying the additional fee (1,000 zł)" },
            showIf: { field: "reason", equals: "choice" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "safetyStatement",
            kind: "consent",
            label: {
              pl: "Zobowiązuję się zapewnić uroczystą formę ceremonii i bezpieczeństwo osób w niej uczestniczących.",
              en: "I undertake to ensure a solemn ceremony and the safety of those attending.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
