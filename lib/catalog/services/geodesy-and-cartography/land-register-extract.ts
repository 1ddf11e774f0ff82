/**
 * Wypis z rejestru gruntów, budynków lub lokali (ewidencja gruntów i budynków). Fees follow the
 * annex to the Geodetic and Cartographic Law and are set in a Dokument Obliczenia Opłaty. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, formatField } from "./shared-fields";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const landRegisterExtract = defineService({
  id: "land-register-extract",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Wypis z rejestru gruntów, budynków lub lokali", en: "Extract from the land, building or premises register" },
  summary: {
    pl: "Zamów wypis z ewidencji gruntów i budynków, na przykład do księgi wieczystej, notariusza lub sądu.",
    en: "Order an extract from the land and building register, for example for the land register court, a notary or a court.",
  },
  whoCanApply: {
    pl: "Wypis z danymi właścicieli otrzyma właściciel lub władający nieruchomością, organ administracji albo osoba, która wykaże interes prawny. Wypis bez danych osobowych może otrzymać każdy.",
    en: "An extract with owners' personal data is available to the owner or holder of the property, a public authority, or anyone showing a legal interest. An extract without personal data is available to anyone.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie działki, budynku lub lokalu (obręb i numer działki)", en: "The plot, building or premises identifier (precinct and plot number)" },
    { pl: "Dokument wykazujący interes prawny, jeśli nie jesteś właścicielem, a wypis ma zawierać dane osobowe", en: "A document showing your legal interest, if you are not the owner and the extract is to include personal data" },
  ],
  fee: {
    amountGrosze: 4000,
    note: {
      pl: "Za jednostkę rejestrową: wypis z rejestru gruntów 40 zł w postaci elektronicznej (50 zł papierowy), bez danych osobowych 24 zł (30 zł), z rejestru budynków lub lokali 25 zł (30 zł). Urząd przyśle Dokument Obliczenia Opłaty z dokładną kwotą.",
      en: "Per registration unit: a land register extract 40 zł electronic (50 zł on paper), without personal data 24 zł (30 zł), from the building or premises register 25 zł (30 zł). The office sends a fee calculation document with the exact amount.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd przygotowuje wypis niezwłocznie po wniesieniu opłaty z Dokumentu Obliczenia Opłaty.",
    en: "The office prepares the extract as soon as the fee from the fee calculation document has been paid.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 24 i art. 40a)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 24 and 40a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6621",
  keywords: ["wypis z ewidencji gruntów", "wypis z rejestru gruntów", "egib", "dane działki", "do księgi wieczystej"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "extract",
        title: { pl: "Zakres wypisu", en: "What you need" },
        fields: [
          plotsField,
          {
            key: "extractType",
            kind: "radio",
            label: { pl: "Rodzaj wypisu", en: "Type of extract" },
            options: [
              { value: "land-full", label: { pl: "Wypis z rejestru gruntów (z danymi właścicieli)", en: "Land register extract (with owners' details)" } },
              { value: "land-anonymous", label: { pl: "Wypis z rejestru gruntów bez danych osobowych", en: "Land register extract without personal data" } },
              { value: "buildings", label: { pl: "Wypis z rejestru budynków", en: "Building register extract" } },
              { value: "premises", label: { pl: "Wypis z rejestru lokali", en: "Premises register extract" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj wypisu", en: "Select the type of extract" } },
          },
          {
            key: "forLandRegister",
            kind: "yes-no",
            label: { pl: "Czy wypis jest potrzebny do założenia lub wpisu w księdze wieczystej?", en: "Is the extract for the land register (księga wieczysta)?" },
          },
          {
            key: "basis",
            kind: "radio",
            label: { pl: "Na jakiej podstawie zamawiasz dane osobowe?", en: "On what basis are you requesting personal data?" },
            showIf: { field: "extractType", notEquals: "land-anonymous" },
            options: [
              { value: "owner", label: { pl: "Jestem właścicielem lub władającym", en: "I am the owner or holder" } },
              { value: "legal-interest", label: { pl: "Mam interes prawny", en: "I have a legal interest" } },
            ],
          },
          {
            key: "legalInterest",
            kind: "long-text",
            label: { pl: "Na czym polega Twój interes prawny?", en: "What is your legal interest?" },
            hint: { pl: "Na przykład: postępowanie spadkowe, sprawa sądowa – podaj sygnaturę.", en: "For example: inheritance proceedings, a court case – give its reference." },
            showIf: { field: "basis", equals: "legal-interest" },
            maxLength: 1000,
          },
          {
            key: "legalInterestDocument",
            kind: "file",
            label: { pl: "Dokument potwierdzający interes prawny", en: "Document proving your legal interest" },
            showIf: { field: "basis", equals: "legal-interest" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          formatField,
        ],
      },
      declarationStep,
    ],
  },
});
