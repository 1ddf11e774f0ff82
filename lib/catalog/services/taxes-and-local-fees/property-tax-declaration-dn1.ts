/**
 * DN-1: property tax declaration of legal persons, organisational units and companies without
 * legal personality, with ZDN-1 (taxable objects) and ZDN-2 (exempt objects). The taxpayer computes
 * the tax; the computed amount and rate tables are added separately. Data only.
 */
import { defineService } from "../../types";
import { applicantStep, taxDeclarationStep } from "./common-fields";
import { annualDeclarationFields, buildingItemsField, entityTaxpayerFields, exemptItemsField, hasExemptionsField, landItemsField, ownershipTypeField, structureItemsField } from "./property-objects";

export const propertyTaxDeclarationDn1 = defineService({
  id: "property-tax-declaration-dn1",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Deklaracja na podatek od nieruchomości (DN-1)",
    en: "Property tax declaration for companies and organisations (DN-1)",
  },
  summary: {
    pl: "Złóż deklarację na podatek od nieruchomości firmy lub organizacji wraz z wykazem gruntów, budynków i budowli.",
    en: "File the property tax declaration of a company or organisation with the list of its land, buildings and structures.",
  },
  whoCanApply: {
    pl: "Osoby prawne, jednostki organizacyjne i spółki bez osobowości prawnej, a także osoby fizyczne, które są współwłaścicielami nieruchomości razem z takimi podmiotami. Deklarację składa się do 31 stycznia albo w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę podatku.",
    en: "Legal persons, organisational units and companies without legal personality, and individuals who co-own property together with them. File by 31 January, or within 14 days of the event that creates, ends or changes the tax.",
  },
  whatYouNeed: [
    { pl: "NIP, a jeśli je masz – REGON i numer KRS podatnika", en: "The taxpayer's NIP and, if it has them, REGON and KRS numbers" },
    { pl: "Wykaz gruntów, budynków i budowli z powierzchniami lub wartością oraz identyfikatorami działek", en: "A list of land, buildings and structures with their areas or values and parcel identifiers" },
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
    pl: "Deklaracja nie wymaga decyzji: urząd ją przyjmuje i sprawdza. Podatek płacisz w ratach miesięcznych do 15. dnia każdego miesiąca, a za styczeń do 31 stycznia.",
    en: "A declaration needs no decision: the office accepts and checks it. You pay the tax monthly by the 15th, and for January by 31 January.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 12 stycznia 1991 r. o podatkach i opłatach lokalnych (art. 6 ust. 9 i 10)",
    en: "Act of 12 January 1991 on local taxes and fees (Article 6(9) and (10))",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek od nieruchomości", "dn-1", "zdn-1", "deklaracja podatkowa", "podatek firmy"],
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
        fields: annualDeclarationFields,
      },
      {
        id: "objects",
        title: { pl: "Przedmioty opodatkowania (ZDN-1 i ZDN-2)", en: "Taxable and exempt objects (ZDN-1 and ZDN-2)" },
        description: {
          pl: "Wykaż wszystkie grunty, budynki, lokale i budowle podatnika w tej gminie.",
          en: "List all of the taxpayer's land, buildings, flats and structures in this municipality.",
        },
        fields: [landItemsField, buildingItemsField, structureItemsField, hasExemptionsField, exemptItemsField],
        rules: [
          {
            kind: "atLeastOne",
            fields: ["landItems", "buildingItems", "structureItems", "exemptItems"],
            message: { pl: "Dodaj co najmniej jeden grunt, budynek lub budowlę", en: "Add at least one piece of land, building or structure" },
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
