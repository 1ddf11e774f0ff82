/**
 * DR-1: agricultural tax declaration of legal persons, organisational units and companies without legal
 * personality, with ZDR-1 (land) and ZDR-2 (exemptions and reliefs). The taxpayer computes the tax. Data only.
 */
import { defineService } from "../../types";
import { applicantStep, taxDeclarationStep } from "./common-fields";
import { annualDeclarationFields, entityTaxpayerFields, farmLandItemsField, ownershipTypeField } from "./property-objects";

export const agriculturalTaxDeclarationDr1 = defineService({
  id: "agricultural-tax-declaration-dr1",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Deklaracja na podatek rolny (DR-1)", en: "Agricultural tax declaration for companies and organisations (DR-1)" },
  summary: {
    pl: "Złóż deklarację na podatek rolny firmy lub organizacji wraz z wykazem gruntów rolnych.",
    en: "File the agricultural tax declaration of a company or organisation with the list of its agricultural land.",
  },
  whoCanApply: {
    pl: "Osoby prawne, jednostki organizacyjne i spółki bez osobowości prawnej, a także osoby fizyczne, które są współwłaścicielami gruntów rolnych razem z takimi podmiotami. Deklarację składa się do 15 stycznia albo w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę podatku.",
    en: "Legal persons, organisational units and companies without legal personality, and individuals who co-own agricultural land together with them. File by 15 January, or within 14 days of the event that creates, ends or changes the tax.",
  },
  whatYouNeed: [
    { pl: "NIP, a jeśli je masz – REGON i numer KRS podatnika", en: "The taxpayer's NIP and, if it has them, REGON and KRS numbers" },
    { pl: "Wypis z rejestru gruntów: identyfikatory działek, użytki, klasy gleby i powierzchnie", en: "A land register extract: parcel identifiers, land uses, soil classes and areas" },
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
    pl: "Deklaracja nie wymaga decyzji: urząd ją przyjmuje i sprawdza. Podatek płacisz w czterech ratach: do 15 marca, 15 maja, 15 września i 15 listopada.",
    en: "A declaration needs no decision: the office accepts and checks it. You pay the tax in four instalments: by 15 March, 15 May, 15 September and 15 November.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 15 listopada 1984 r. o podatku rolnym (art. 6a)",
    en: "Act of 15 November 1984 on agricultural tax (Article 6a)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek rolny", "dr-1", "zdr-1", "grunty rolne firmy"],
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
        id: "land",
        title: { pl: "Grunty (ZDR-1 i ZDR-2)", en: "Land (ZDR-1 and ZDR-2)" },
        fields: [
          farmLandItemsField,
          {
            key: "exemptionsAndReliefs",
            kind: "long-text",
            label: { pl: "Zwolnienia i ulgi (ZDR-2)", en: "Exemptions and reliefs (ZDR-2)" },
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
