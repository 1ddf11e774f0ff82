/**
 * Wyrys z mapy ewidencyjnej (optionally together with a land register extract). Data only.
 */
import { defineService } from "../../types";
import { declarationStep, formatField } from "./shared-fields";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const cadastralMapExtract = defineService({
  id: "cadastral-map-extract",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Wyrys z mapy ewidencyjnej", en: "Extract from the cadastral map" },
  summary: {
    pl: "Zamów wyrys z mapy ewidencyjnej – sam albo razem z wypisem – na przykład do księgi wieczystej lub podziału.",
    en: "Order a cadastral map extract – alone or with a register extract – for example for the land register or a division.",
  },
  whoCanApply: {
    pl: "Każdy; jeśli razem z wyrysem zamawiasz wypis z danymi właścicieli, musisz być właścicielem lub wykazać interes prawny.",
    en: "Anyone; if you also order a register extract with owners' data, you must be the owner or show a legal interest.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie działek (obręb i numery działek)", en: "The plot identifiers (precinct and plot numbers)" },
  ],
  fee: {
    amountGrosze: 10500,
    note: {
      pl: "Za jednostkę rejestrową: wyrys 105 zł w postaci elektronicznej (110 zł papierowy), wypis i wyrys razem 140 zł (150 zł). Urząd przyśle Dokument Obliczenia Opłaty z dokładną kwotą.",
      en: "Per registration unit: a map extract 105 zł electronic (110 zł on paper), register and map extract together 140 zł (150 zł). The office sends a fee calculation document with the exact amount.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd przygotowuje wyrys niezwłocznie po wniesieniu opłaty.",
    en: "The office prepares the extract as soon as the fee has been paid.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 24 i art. 40a)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 24 and 40a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6621",
  keywords: ["wyrys z mapy", "mapa ewidencyjna", "wypis i wyrys", "mapa działki"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "extract",
        title: { pl: "Zakres wyrysu", en: "What you need" },
        fields: [
          plotsField,
          {
            key: "withRegisterExtract",
            kind: "yes-no",
            label: { pl: "Czy zamawiasz także wypis z rejestru gruntów?", en: "Do you also need a land register extract?" },
          },
          {
            key: "purpose",
            kind: "select",
            label: { pl: "Do czego potrzebujesz wyrysu?", en: "What do you need it for?" },
            options: [
              { value: "land-register", label: { pl: "Do księgi wieczystej", en: "For the land register" } },
              { value: "notary", label: { pl: "Do notariusza", en: "For a notary" } },
              { value: "court", label: { pl: "Do sądu", en: "For a court" } },
              { value: "information", label: { pl: "Do celów informacyjnych", en: "For information" } },
            ],
          },
          formatField,
          { key: "copies", kind: "integer", label: { pl: "Liczba egzemplarzy", en: "Number of copies" }, minValue: 1, maxValue: 5 },
        ],
      },
      declarationStep,
    ],
  },
});
