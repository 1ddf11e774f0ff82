/**
 * Pozwolenie na budowę (form PB-1) under the Building Law. Residential building is exempt from
 * stamp duty; for a business building the duty depends on the usable area, so it is computed.
 * Data only.
 */
import { defineService } from "../../types";
import { buildingPropertyRightStatementField, investorStep } from "./shared-fields";
import { criminalTruthDeclarationField } from "../shared/declaration";
import { plotsField } from "../shared/property";

export const buildingPermit = defineService({
  id: "building-permit",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Pozwolenie na budowę", en: "Building permit" },
  summary: {
    pl: "Złóż wniosek o pozwolenie na budowę lub przebudowę obiektu, który wymaga pozwolenia.",
    en: "Apply for a permit to build or alter a structure that needs a building permit.",
  },
  whoCanApply: {
    pl: "Inwestor, który ma prawo do dysponowania nieruchomością na cele budowlane (na przykład właściciel, użytkownik wieczysty lub osoba za zgodą właściciela).",
    en: "An investor with the right to use the property for building purposes (for example, the owner, a perpetual usufructuary or someone with the owner's consent).",
  },
  whatYouNeed: [
    { pl: "Projekt zagospodarowania działki lub terenu oraz projekt architektoniczno-budowlany (w postaci elektronicznej albo w 3 egzemplarzach papierowych)", en: "The site development plan and the architectural and construction design (electronic, or 3 paper copies)" },
    { pl: "Oświadczenie o prawie do dysponowania nieruchomością na cele budowlane", en: "A statement of your right to use the property for building purposes" },
    { pl: "Decyzję o warunkach zabudowy, jeśli dla terenu nie ma planu miejscowego", en: "A zoning decision (WZ), if the area has no local plan" },
    { pl: "Decyzję o środowiskowych uwarunkowaniach oraz pozwolenia, uzgodnienia i opinie wymagane przepisami odrębnymi, jeśli są potrzebne", en: "An environmental decision and any permits, approvals and opinions required by other laws" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Budownictwo mieszkaniowe jest zwolnione z opłaty skarbowej. Dla innych obiektów: budynek na działalność gospodarczą 1 zł za m² powierzchni użytkowej (najwyżej 539 zł, obliczymy we wniosku), inny budynek 48 zł, inne budowle 155 zł, sieci 2143 zł; przebudowa i remont – połowa stawki.",
      en: "Residential building is exempt from stamp duty. Otherwise: a business building 1 zł per m² of usable area (at most 539 zł, calculated in the form), another building 48 zł, other structures 155 zł, networks 2,143 zł; alterations and renovations – half the rate.",
    },
  },
  deadline: { kind: "days", days: 65 },
  deadlineNote: {
    pl: "Okresów oczekiwania na uzupełnienie wniosku i zawieszenia postępowania nie wlicza się do terminu.",
    en: "Time spent waiting for missing documents or while the proceedings are suspended is not counted.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 28, art. 32–35)",
    en: "Act of 7 July 1994 – Building Law (Articles 28 and 32–35)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6740",
  keywords: ["pozwolenie na budowę", "pb-1", "budowa domu", "projekt budowlany", "rozbudowa"],
  form: {
    version: 1,
    steps: [
      investorStep,
      {
        id: "project",
        title: { pl: "Zamierzenie budowlane", en: "The building project" },
        fields: [
          {
            key: "projectName",
            kind: "text",
            label: { pl: "Nazwa zamierzenia budowlanego", en: "Name of the project" },
            hint: { pl: "Na przykład: budowa budynku mieszkalnego jednorodzinnego z garażem.", en: "For example: construction of a detached house with a garage." },
            maxLength: 300,
            errors: { required: { pl: "Podaj nazwę zamierzenia budowlanego", en: "Enter the name of the project" } },
          },
          {
            key: "worksType",
            kind: "radio",
            label: { pl: "Rodzaj robót", en: "Type of works" },
            options: [
              { value: "new", label: { pl: "Budowa nowego obiektu", en: "New construction" } },
              { value: "extension", label: { pl: "Rozbudowa, nadbudowa lub przebudowa", en: "Extension or alteration" } },
            ],
          },
          {
            key: "objectType",
            kind: "radio",
            label: { pl: "Rodzaj obiektu", en: "Type of structure" },
            options: [
              { value: "residential", label: { pl: "Budynek mieszkalny", en: "Residential building" } },
              { value: "business", label: { pl: "Budynek na działalność gospodarczą", en: "Business building" } },
              { value: "other-building", label: { pl: "Inny budynek", en: "Another building" } },
              { value: "structure", label: { pl: "Budowla (na przykład sieć, droga)", en: "Structure (for example, a network or road)" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj obiektu", en: "Select the type of structure" } },
          },
          {
            key: "usableArea",
            kind: "decimal",
            label: { pl: "Powierzchnia użytkowa części na działalność gospodarczą (m²)", en: "Usable area used for business (m²)" },
            showIf: { field: "objectType", equals: "business" },
            minValue: 1,
            decimals: 2,
          },
          {
            key: "stampDuty",
            kind: "computed",
            label: { pl: "Opłata skarbowa", en: "Stamp duty" },
            showIf: { field: "objectType", equals: "business" },
            format: "money",
            expression: { round: { min: [{ product: [{ field: "usableArea" }, { const: 100 }] }, { const: 53900 }] }, unit: "zloty" },
          },
          { key: "designerName", kind: "text", label: { pl: "Projektant (imię, nazwisko, numer uprawnień)", en: "Designer (name, licence number)" }, maxLength: 200 },
          plotsField,
        ],
      },
      {
        id: "documents",
        title: { pl: "Projekt i dokumenty", en: "Design and documents" },
        fields: [
          {
            key: "design",
            kind: "file",
            label: { pl: "Projekt zagospodarowania działki i projekt architektoniczno-budowlany", en: "Site development plan and architectural and construction design" },
            accept: ["pdf"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
          buildingPropertyRightStatementField,
          {
            key: "hasLocalPlan",
            kind: "yes-no",
            label: { pl: "Czy dla terenu obowiązuje miejscowy plan zagospodarowania przestrzennego?", en: "Is the area covered by a local zoning plan?" },
          },
          {
            key: "zoningDecision",
            kind: "file",
            label: { pl: "Decyzja o warunkach zabudowy", en: "Zoning decision (WZ)" },
            showIf: { field: "hasLocalPlan", equals: false },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "otherApprovals",
            kind: "file",
            label: { pl: "Decyzja środowiskowa, pozwolenia, uzgodnienia i opinie", en: "Environmental decision, permits, approvals and opinions" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić postępowanie w sprawie pozwolenia na budowę na podstawie ustawy – Prawo budowlane (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the building permit proceedings under the Building Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
