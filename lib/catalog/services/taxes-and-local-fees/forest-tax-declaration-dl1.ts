/**
 * DL-1: forest tax declaration of legal persons, organisational units and companies without legal
 * personality, with ZDL-1 (forests) and ZDL-2 (exemptions). The taxpayer computes the tax. Data only.
 */
import { defineService } from "../../types";
import { applicantStep, taxDeclarationStep } from "./common-fields";
import { annualDeclarationFields, entityTaxpayerFields, forestItemsField, ownershipTypeField } from "./property-objects";

export const forestTaxDeclarationDl1 = defineService({
  id: "forest-tax-declaration-dl1",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Deklaracja na podatek leśny (DL-1)", en: "Forest tax declaration for companies and organisations (DL-1)" },
  summary: {
    pl: "Złóż deklarację na podatek leśny firmy lub organizacji wraz z wykazem lasów.",
    en: "File the forest tax declaration of a company or organisation with the list of its forests.",
  },
  whoCanApply: {
    pl: "Osoby prawne, jednostki organizacyjne i spółki bez osobowości prawnej, a także osoby fizyczne, które są współwłaścicielami lasów razem z takimi podmiotami. Deklarację składa się do 15 stycznia albo w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę podatku.",
    en: "Legal persons, organisational units and companies without legal personality, and individuals who co-own forests together with them. File by 15 January, or within 14 days of the event that creates, ends or changes the tax.",
  },
  whatYouNeed: [
    { pl: "NIP, a jeśli je masz – REGON i numer KRS podatnika", en: "The taxpayer's NIP and, if it has them, REGON and KRS numbers" },
    { pl: "Wypis z rejestru gruntów z identyfikatorami działek i powierzchnią lasów", en: "A land register extract with the parcel identifiers and forest areas" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli prawo do reprezentacji nie wynika z KRS", en: "A power of attorney with proof of paying the 17 zł stamp duty, if your right to represent is not shown in the KRS" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Złożenie deklaracji jest bezpłatne. Pełnomocnictwo kosztuje 17 zł opłaty skarbowej.",
      en: "Filing is free. A power of attorney costs 17 zł stamp duty.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Deklaracja nie wymaga decyzji: urząd ją przyjmuje i sprawdza. Podatek płacisz w ratach miesięcznych do 15. dnia każdego miesiąca.",
    en: "A declaration needs no decision: the office accepts and checks it. You pay the tax in monthly instalments by the 15th of each month.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 30 października 2002 r. o podatku leśnym (art. 6)",
    en: "Act of 30 October 2002 on forest tax (Article 6)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek leśny", "dl-1", "zdl-1", "lasy firmy"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "taxpayer",
        title: { pl: "Podatnik", en: "Taxpayer" },
        fields: [...entityTaxpayerFields, ownershipTypeField],
      },
      {
        id: "filing",
        title: { pl: "Rok i cel złożenia", en: "Year and purpose" },
        fields: [...annualDeclarationFields],
      },
      {
        id: "forests",
        title: { pl: "Lasy (ZDL-1 i ZDL-2)", en: "Forests (ZDL-1 and ZDL-2)" },
        fields: [
          forestItemsField,
          {
            key: "exemptionsAndReliefs",
            kind: "long-text",
            label: { pl: "Inne zwolnienia (ZDL-2)", en: "Other exemptions (ZDL-2)" },
            hint: { pl: "Podaj przedmiot, powierzchnię i podstawę prawną. Pomiń, jeśli nie dotyczy.", en: "Give the object, area and legal basis. Skip it if it does not apply." },
            optional: true,
            maxLength: 3000,
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
