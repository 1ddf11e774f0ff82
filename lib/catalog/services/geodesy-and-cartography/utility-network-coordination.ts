/**
 * Uzgodnienie usytuowania projektowanych sieci uzbrojenia terenu na naradzie koordynacyjnej
 * (art. 28b of the Geodetic and Cartographic Law). Data only.
 */
import { defineService } from "../../types";
import { actingForFields, contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const utilityNetworkCoordination = defineService({
  id: "utility-network-coordination",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Narada koordynacyjna sieci uzbrojenia terenu", en: "Coordinating the route of planned utility networks" },
  summary: {
    pl: "Uzgodnij na naradzie koordynacyjnej przebieg projektowanej sieci wodociągowej, kanalizacyjnej, gazowej, energetycznej lub telekomunikacyjnej.",
    en: "Agree the route of a planned water, sewer, gas, power or telecoms network at a coordination meeting.",
  },
  whoCanApply: {
    pl: "Inwestor lub projektant sieci. Narada jest obowiązkowa dla sieci na terenie miasta i w pasach drogowych zwartej zabudowy wsi; nie dotyczy przyłączy ani sieci w granicach jednej działki budowlanej.",
    en: "The investor or the network's designer. A meeting is required for networks in towns and in road strips of built-up rural areas; not for service connections or networks within one building plot.",
  },
  whatYouNeed: [
    { pl: "Plan sytuacyjny na kopii aktualnej mapy zasadniczej lub mapy do celów projektowych z rysunkiem projektowanej sieci", en: "A site plan on a copy of the current base map or design map showing the planned network" },
    { pl: "Pełnomocnictwo inwestora, jeśli wniosek składa projektant lub inna osoba, z dowodem zapłaty 17 zł", en: "The investor's power of attorney if the designer or someone else applies, with proof of paying 17 zł" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Opłatę za naradę urząd oblicza według załącznika do ustawy i przysyła w Dokumencie Obliczenia Opłaty; naradę wyznacza po jej wniesieniu.",
      en: "The office calculates the meeting fee under the annex to the Act and sends a fee calculation document; it schedules the meeting once the fee is paid.",
    },
  },
  deadline: { kind: "days", days: 14 },
  deadlineNote: {
    pl: "Urząd organizuje naradę w ciągu 14 dni od otrzymania kompletnego wniosku.",
    en: "The office holds the meeting within 14 days of receiving a complete application.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 28b)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Article 28b)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6630",
  keywords: ["narada koordynacyjna", "zud", "uzgodnienie sieci", "projekt sieci", "uzbrojenie terenu"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          ...identityFields, ...actingForFields,
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś w tej sprawie?", en: "What is your role?" },
            options: [
              { value: "investor", label: { pl: "Inwestorem", en: "The investor" } },
              { value: "designer", label: { pl: "Projektantem", en: "The designer" } },
              { value: "proxy", label: { pl: "Pełnomocnikiem inwestora", en: "The investor's proxy" } },
            ],
          },
          residenceAddressField, ...contactWithHintFields,
        ],
      },
      {
        id: "network",
        title: { pl: "Projektowana sieć", en: "The planned network" },
        fields: [
          {
            key: "networkTypes",
            kind: "checkboxes",
            label: { pl: "Rodzaj sieci", en: "Type of network" },
            options: [
              { value: "water", label: { pl: "Wodociągowa", en: "Water" } },
              { value: "sewer", label: { pl: "Kanalizacyjna", en: "Sewer" } },
              { value: "gas", label: { pl: "Gazowa", en: "Gas" } },
              { value: "heat", label: { pl: "Ciepłownicza", en: "District heating" } },
              { value: "power", label: { pl: "Elektroenergetyczna", en: "Power" } },
              { value: "telecom", label: { pl: "Telekomunikacyjna", en: "Telecoms" } },
              { value: "other", label: { pl: "Inna", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj sieci", en: "Select the type of network" } },
          },
          {
            key: "location",
            kind: "long-text",
            label: { pl: "Lokalizacja", en: "Location" },
            hint: { pl: "Ulice, numery działek i obręb.", en: "Streets, plot numbers and precinct." },
            maxLength: 2000,
            errors: { required: { pl: "Opisz lokalizację sieci", en: "Describe the network's location" } },
          },
          {
            key: "sitePlan",
            kind: "file",
            label: { pl: "Plan sytuacyjny z projektowaną siecią", en: "Site plan with the planned network" },
            accept: ["pdf"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "powerOfAttorney",
            kind: "file",
            label: { pl: "Pełnomocnictwo inwestora", en: "Investor's power of attorney" },
            showIf: { field: "applicantRole", notEquals: "investor" },
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
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby przeprowadzić naradę koordynacyjną na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to hold the coordination meeting under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
