/**
 * Udostępnienie materiałów powiatowego zasobu geodezyjnego i kartograficznego (base map, BDOT500,
 * GESUT and other data). Data only.
 */
import { defineService } from "../../types";
import { actingForFields, contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const geodeticResourceMaterials = defineService({
  id: "geodetic-resource-materials",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Materiały z zasobu geodezyjnego i kartograficznego", en: "Data from the geodetic and cartographic resource" },
  summary: {
    pl: "Zamów mapę zasadniczą, dane o sieciach uzbrojenia terenu lub inne materiały zasobu geodezyjnego.",
    en: "Order the base map, utility network data or other materials from the geodetic resource.",
  },
  whoCanApply: {
    pl: "Każdy – osoba prywatna, firma lub instytucja. Dane osobowe z ewidencji gruntów udostępnia się tylko osobom uprawnionym.",
    en: "Anyone – a person, business or institution. Personal data from the land register is provided only to those entitled to it.",
  },
  whatYouNeed: [
    { pl: "Opis obszaru: działki, obręb albo szkic zasięgu", en: "A description of the area: plots, precinct or a sketch of the extent" },
    { pl: "Informację, jakich materiałów potrzebujesz i w jakim formacie", en: "What materials you need and in what format" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Opłata zależy od rodzaju materiałów, formatu i obszaru; urząd obliczy ją według załącznika do ustawy i przyśle Dokument Obliczenia Opłaty. Materiały udostępnia po jej wniesieniu.",
      en: "The fee depends on the materials, format and area; the office calculates it under the annex to the Act and sends a fee calculation document. It provides the materials once the fee is paid.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd udostępnia materiały niezwłocznie po wniesieniu opłaty.",
    en: "The office provides the materials as soon as the fee is paid.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 40–40a)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 40–40a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6642",
  keywords: ["mapa zasadnicza", "gesut", "bdot500", "mapa do projektu", "zasób geodezyjny"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [...identityFields, ...actingForFields, residenceAddressField, ...contactWithHintFields],
      },
      {
        id: "materials",
        title: { pl: "Materiały", en: "Materials" },
        fields: [
          {
            key: "materials",
            kind: "checkboxes",
            label: { pl: "Jakie materiały zamawiasz?", en: "Which materials are you ordering?" },
            options: [
              { value: "base-map", label: { pl: "Mapa zasadnicza", en: "Base map" } },
              { value: "cadastral-map", label: { pl: "Mapa ewidencyjna", en: "Cadastral map" } },
              { value: "gesut", label: { pl: "Dane o sieciach uzbrojenia terenu (GESUT)", en: "Utility network data (GESUT)" } },
              { value: "bdot500", label: { pl: "Dane obiektów topograficznych (BDOT500)", en: "Topographic object data (BDOT500)" } },
              { value: "egib-data", label: { pl: "Dane z ewidencji gruntów i budynków", en: "Land and building register data" } },
              { value: "other", label: { pl: "Inne materiały (na przykład operaty techniczne)", en: "Other materials (for example, survey reports)" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden rodzaj materiałów", en: "Select at least one type of material" } },
          },
          {
            key: "otherMaterials",
            kind: "text",
            label: { pl: "Jakie inne materiały?", en: "Which other materials?" },
            showIf: { field: "materials", equals: "other" },
            maxLength: 300,
          },
          {
            key: "format",
            kind: "radio",
            label: { pl: "Format", en: "Format" },
            options: [
              { value: "pdf", label: { pl: "Plik PDF lub rastrowy", en: "PDF or raster file" } },
              { value: "gml", label: { pl: "Dane wektorowe (GML)", en: "Vector data (GML)" } },
              { value: "paper", label: { pl: "Wydruk papierowy", en: "Paper print" } },
            ],
          },
          {
            key: "area",
            kind: "long-text",
            label: { pl: "Obszar", en: "Area" },
            hint: { pl: "Podaj numery działek i obręb albo opisz zasięg.", en: "Give the plot numbers and precinct, or describe the extent." },
            maxLength: 2000,
            errors: { required: { pl: "Opisz obszar", en: "Describe the area" } },
          },
          {
            key: "areaSketch",
            kind: "file",
            label: { pl: "Szkic zasięgu obszaru", en: "Sketch of the area" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "purpose",
            kind: "select",
            label: { pl: "Cel wykorzystania", en: "Intended use" },
            options: [
              { value: "own", label: { pl: "Na potrzeby własne", en: "For my own use" } },
              { value: "design", label: { pl: "Do projektu (na przykład budowlanego)", en: "For a design (for example, a building design)" } },
              { value: "commercial", label: { pl: "Do działalności gospodarczej", en: "For business use" } },
              { value: "public", label: { pl: "Do zadań publicznych", en: "For public tasks" } },
            ],
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby udostępnić materiały zasobu geodezyjnego i kartograficznego na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to provide materials from the geodetic and cartographic resource under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
