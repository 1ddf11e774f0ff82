/**
 * Zaopiniowanie wstępnego projektu podziału nieruchomości: the first stage of a land division
 * (art. 93 ust. 4 of the Real Estate Management Act), settled by an order (postanowienie). Data only.
 */
import { defineService } from "../../types";
import { trueAndCurrentDeclarationField } from "../shared/declaration";
import { applicantStep } from "./shared-fields";
import { landRegisterField, propertyAddressOrLocationField } from "../shared/property";

export const landDivisionPreliminaryOpinion = defineService({
  id: "land-division-preliminary-opinion",
  version: 1,
  category: "municipal-property-and-housing",
  name: {
    pl: "Zaopiniowanie wstępnego projektu podziału nieruchomości",
    en: "Preliminary opinion on a land division design",
  },
  summary: {
    pl: "Poproś urząd o ocenę, czy planowany podział działki jest zgodny z planem miejscowym lub decyzją o warunkach zabudowy.",
    en: "Ask the office to assess whether the planned division of your plot complies with the local plan or the zoning decision.",
  },
  whoCanApply: {
    pl: "Właściciel lub użytkownik wieczysty nieruchomości (także współwłaściciel) albo jego pełnomocnik.",
    en: "The owner or perpetual usufructuary of the property (including a co-owner), or their representative.",
  },
  whatYouNeed: [
    { pl: "Wstępny projekt podziału sporządzony na mapie przez geodetę", en: "The preliminary division design drawn on a map by a surveyor" },
    { pl: "Numer księgi wieczystej lub inny dokument potwierdzający Twoje prawo do nieruchomości", en: "The land register number or another document showing your right to the property" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Postanowienie jest bezpłatne. Pełnomocnictwo kosztuje 17 zł opłaty skarbowej (bez opłaty dla małżonka, rodziców, dzieci i rodzeństwa).",
      en: "The order is free. A power of attorney costs 17 zł stamp duty (free for a spouse, parents, children and siblings).",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd wydaje postanowienie opiniujące. Na postanowienie negatywne przysługuje zażalenie w terminie 7 dni.",
    en: "The office issues an opinion by order. A negative order can be challenged within 7 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami (art. 93 ust. 4–5, art. 97)",
    en: "Act of 21 August 1997 on real estate management (Article 93(4)–(5), Article 97)",
  },
  departmentCode: "gn",
  jrwaClass: "6831", // JRWA: verify against the office's list
  keywords: ["podział działki", "projekt podziału", "opinia podziału", "dzielenie działki", "geodeta"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "property",
        title: { pl: "Nieruchomość", en: "The property" },
        fields: [
          {
            key: "ownership",
            kind: "radio",
            label: { pl: "Jakie masz prawo do nieruchomości?", en: "What is your right to the property?" },
            options: [
              { value: "owner", label: { pl: "Właściciel lub właścicielka", en: "Owner" } },
              { value: "co-owner", label: { pl: "Współwłaściciel lub współwłaścicielka", en: "Co-owner" } },
              { value: "usufructuary", label: { pl: "Użytkownik wieczysty", en: "Perpetual usufructuary" } },
            ],
            errors: { required: { pl: "Wybierz, jakie masz prawo do nieruchomości", en: "Select your right to the property" } },
          },
          {
            key: "parcels",
            kind: "group",
            label: { pl: "Działki objęte podziałem", en: "Plots to be divided" },
            itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              {
                key: "parcelId",
                kind: "parcel-id",
                label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral parcel identifier" },
                hint: { pl: "Znajdziesz go w wypisie z ewidencji gruntów lub na Geoportalu, na przykład 246601_1.0001.123/4.", en: "You will find it in the land register extract or on Geoportal, for example 246601_1.0001.123/4." },
              },
              landRegisterField,
            ],
          },
          propertyAddressOrLocationField,
          {
            key: "divisionPurpose",
            kind: "long-text",
            label: { pl: "Cel podziału", en: "Purpose of the division" },
            hint: { pl: "Na przykład: wydzielenie dwóch działek pod zabudowę jednorodzinną i drogi wewnętrznej.", en: "For example: creating two plots for single-family houses and an internal road." },
            maxLength: 1000,
            errors: { required: { pl: "Opisz cel podziału", en: "Describe the purpose of the division" } },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "divisionDesign", kind: "file", label: { pl: "Wstępny projekt podziału", en: "Preliminary division design" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          {
            key: "hasRepresentative",
            kind: "yes-no",
            label: { pl: "Czy wniosek składa pełnomocnik?", en: "Is a representative filing the application?" },
          },
          { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo z dowodem zapłaty opłaty skarbowej", en: "Power of attorney with proof of paying stamp duty" }, showIf: { field: "hasRepresentative", equals: true }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby zaopiniować projekt podziału na podstawie ustawy o gospodarce nieruchomościami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to give an opinion on the division design under the Real Estate Management Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
