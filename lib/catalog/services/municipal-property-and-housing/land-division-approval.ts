/**
 * Zatwierdzenie podziału nieruchomości: the decision approving a land division (art. 96–97 of the
 * Real Estate Management Act), after the preliminary opinion and the surveyor's work. Data only.
 */
import { defineService } from "../../types";
import { contactFields, correspondenceAddressField, identityFields, powerOfAttorneyField } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";
import { parcelIdField, propertyAddressOrLocationField } from "../shared/property";

export const landDivisionApproval = defineService({
  id: "land-division-approval",
  version: 1,
  category: "municipal-property-and-housing",
  name: { pl: "Zatwierdzenie podziału nieruchomości", en: "Approval of a land division" },
  summary: {
    pl: "Złóż wniosek o decyzję zatwierdzającą podział działki, gdy masz już ostateczny projekt podziału od geodety.",
    en: "Apply for the decision approving the division of your plot once you have the surveyor's final division design.",
  },
  whoCanApply: {
    pl: "Właściciel lub użytkownik wieczysty nieruchomości; przy współwłasności wniosek składają wszyscy współwłaściciele (lub ich pełnomocnik).",
    en: "The owner or perpetual usufructuary of the property; where it is co-owned, all co-owners apply (or their representative).",
  },
  whatYouNeed: [
    { pl: "Postanowienie pozytywnie opiniujące wstępny projekt podziału (jeśli było wydane)", en: "The order giving a positive opinion on the preliminary design (if one was issued)" },
    { pl: "Mapę z projektem podziału przyjętą do zasobu geodezyjnego oraz wykaz zmian gruntowych", en: "The map with the division design accepted into the surveying records, and the list of land changes" },
    { pl: "Protokół z przyjęcia granic nieruchomości", en: "The record of establishing the property's boundaries" },
    { pl: "Wypis z rejestru gruntów i wyrys z mapy ewidencyjnej", en: "An extract from the land register and a copy of the cadastral map" },
    { pl: "Decyzję o warunkach zabudowy, jeśli dla terenu nie ma planu miejscowego i jest ona wymagana", en: "The zoning decision, if there is no local plan for the area and one is required" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Decyzja jest wolna od opłaty skarbowej; pełnomocnictwo kosztuje 17 zł. Jeśli podział zwiększy wartość działki, gmina może w ciągu 3 lat ustalić opłatę adiacencką (do 30% wzrostu wartości).",
      en: "The decision is free of stamp duty; a power of attorney costs 17 zł. If the division raises the plot's value, the municipality may set a betterment levy within 3 years (up to 30% of the increase).",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "W sprawach szczególnie skomplikowanych do 2 miesięcy. Od decyzji przysługuje odwołanie w terminie 14 dni.",
    en: "Up to 2 months in particularly complex cases. The decision can be appealed within 14 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami (art. 92–100)",
    en: "Act of 21 August 1997 on real estate management (Articles 92–100)",
  },
  departmentCode: "gn",
  jrwaClass: "6831", // JRWA: verify against the office's list
  keywords: ["podział działki", "decyzja podziałowa", "zatwierdzenie podziału", "dzielenie nieruchomości", "nowe działki"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, correspondenceAddressField, ...contactFields,
          {
            key: "hasCoOwners",
            kind: "yes-no",
            label: { pl: "Czy nieruchomość ma innych współwłaścicieli?", en: "Does the property have other co-owners?" },
            errors: { required: { pl: "Odpowiedz, czy nieruchomość ma innych współwłaścicieli", en: "Select whether the property has other co-owners" } },
          },
          {
            key: "coOwners",
            kind: "group",
            label: { pl: "Pozostali współwłaściciele", en: "Other co-owners" },
            hint: { pl: "Wniosek o podział składają wszyscy współwłaściciele.", en: "All co-owners must apply for the division." },
            showIf: { field: "hasCoOwners", equals: true },
            itemLabel: { pl: "Współwłaściciel {n}", en: "Co-owner {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              { key: "coOwnerName", kind: "text", label: { pl: "Imię i nazwisko lub nazwa", en: "Name" }, maxLength: 200 },
              { key: "coOwnerPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, optional: true },
              { key: "coOwnerAddress", kind: "address", label: { pl: "Adres", en: "Address" } },
            ],
          },
        ],
      },
      {
        id: "property",
        title: { pl: "Nieruchomość i podział", en: "The property and the division" },
        fields: [
          {
            key: "parcels",
            kind: "group",
            label: { pl: "Działki objęte podziałem", en: "Plots to be divided" },
            itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              parcelIdField,
              { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" } },
            ],
          },
          propertyAddressOrLocationField,
          {
            key: "divisionPurpose",
            kind: "long-text",
            label: { pl: "Cel podziału", en: "Purpose of the division" },
            maxLength: 1000,
            errors: { required: { pl: "Opisz cel podziału", en: "Describe the purpose of the division" } },
          },
          {
            key: "divisionBasis",
            kind: "radio",
            label: { pl: "Na jakiej podstawie ocenić podział?", en: "What should the division be assessed against?" },
            options: [
              { value: "local-plan", label: { pl: "Miejscowy plan zagospodarowania przestrzennego", en: "The local zoning plan" } },
              { value: "zoning-decision", label: { pl: "Decyzja o warunkach zabudowy", en: "A zoning decision" } },
              { value: "exception", label: { pl: "Podział niezależny od planu (art. 95 ustawy)", en: "A division independent of the plan (Article 95 of the Act)" }, hint: { pl: "Na przykład wydzielenie działki pod istniejący budynek lub drogę.", en: "For example, separating a plot for an existing building or a road." } },
            ],
            errors: { required: { pl: "Wybierz podstawę oceny podziału", en: "Select what the division should be assessed against" } },
          },
          {
            key: "preliminaryOpinionRef",
            kind: "text",
            label: { pl: "Znak postanowienia opiniującego wstępny projekt podziału", en: "Reference of the order on the preliminary design" },
            hint: { pl: "Na przykład GN.6831.12.2026. Zostaw puste, jeśli nie było opinii.", en: "For example, GN.6831.12.2026. Leave empty if there was no opinion." },
            optional: true,
            maxLength: 100,
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "divisionMap", kind: "file", label: { pl: "Mapa z projektem podziału i wykaz zmian gruntowych", en: "Map with the division design and list of land changes" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "boundaryRecord", kind: "file", label: { pl: "Protokół z przyjęcia granic nieruchomości", en: "Record of establishing the boundaries" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "registerExtract", kind: "file", label: { pl: "Wypis z rejestru gruntów i wyrys z mapy ewidencyjnej", en: "Land register extract and cadastral map copy" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "zoningDecision", kind: "file", label: { pl: "Decyzja o warunkach zabudowy", en: "Zoning decision" }, showIf: { field: "divisionBasis", equals: "zoning-decision" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          powerOfAttorneyField,
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o zatwierdzenie podziału na podstawie ustawy o gospodarce nieruchomościami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to decide on the division under the Real Estate Management Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
