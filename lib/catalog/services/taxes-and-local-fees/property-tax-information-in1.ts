/**
 * IN-1: property tax information for natural persons, with ZIN-1 (taxable objects), ZIN-2 (exempt
 * objects) and ZIN-3 (co-owners). The office assesses the tax by decision. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields, residenceAddressField, taxDeclarationStep } from "./common-fields";
import { buildingItemsField, coOwnersField, correctionReasonField, eventDateField, exemptItemsField, filingPurposeField, hasCoOwnersField, hasExemptionsField, individualNipField, landItemsField, ownershipTypeField, runsBusinessField, structureItemsField } from "./property-objects";

export const propertyTaxInformationIn1 = defineService({
  id: "property-tax-information-in1",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Informacja o nieruchomościach i obiektach budowlanych (IN-1)",
    en: "Property tax information return for individuals (IN-1)",
  },
  summary: {
    pl: "Zgłoś grunty, budynki, lokale i budowle do podatku od nieruchomości, gdy je nabędziesz, zbędziesz lub coś się w nich zmieni.",
    en: "Report land, buildings, flats and structures for property tax when you acquire or sell them or something about them changes.",
  },
  whoCanApply: {
    pl: "Osoby fizyczne – właściciele, współwłaściciele, użytkownicy wieczyści i posiadacze nieruchomości. Złóż informację w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę wysokości podatku (na przykład zakupu mieszkania). Współwłaściciele będący osobami fizycznymi mogą złożyć jedną wspólną informację.",
    en: "Individuals who own, co-own, hold in perpetual usufruct or possess property. File within 14 days of the event that creates, ends or changes the tax (for example, buying a flat). Co-owners who are individuals may file one joint return.",
  },
  whatYouNeed: [
    { pl: "Adres i numer księgi wieczystej nieruchomości oraz identyfikatory działek", en: "The property's address, land register number and parcel identifiers" },
    { pl: "Powierzchnie gruntów i powierzchnię użytkową budynków lub lokali", en: "The land areas and the usable floor area of buildings or flats" },
    { pl: "Dane pozostałych współwłaścicieli, jeśli składacie wspólną informację", en: "The other co-owners' details, if you file a joint return" },
    { pl: "Skan aktu notarialnego, postanowienia o nabyciu spadku lub innego dokumentu nabycia – jeśli go masz", en: "A scan of the notarial deed, inheritance order or other acquisition document – if you have one" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Złożenie informacji jest bezpłatne. Pełnomocnictwo kosztuje 17 zł opłaty skarbowej (bez opłaty dla najbliższej rodziny).",
      en: "Filing is free. A power of attorney costs 17 zł stamp duty (free for close family).",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Na podstawie informacji urząd wydaje decyzję ustalającą wysokość podatku. Podatek płacisz w czterech ratach: do 15 marca, 15 maja, 15 września i 15 listopada (do 100 zł – jednorazowo do 15 marca).",
    en: "The office issues a decision setting the tax based on your return. You pay it in four instalments: by 15 March, 15 May, 15 September and 15 November (up to 100 zł – at once by 15 March).",
  },
  legalBasis: {
    pl: "Ustawa z dnia 12 stycznia 1991 r. o podatkach i opłatach lokalnych (art. 6 ust. 6); Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 139)",
    en: "Act of 12 January 1991 on local taxes and fees (Article 6(6)); Tax Ordinance of 29 August 1997 (Article 139)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek od nieruchomości", "in-1", "zin-1", "podatek od domu", "podatek od mieszkania", "informacja podatkowa"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields,
          residenceAddressField,
          runsBusinessField,
          individualNipField,
          ...contactFields,
        ],
      },
      {
        id: "filing",
        title: { pl: "Cel złożenia i tytuł do nieruchomości", en: "Purpose and your title to the property" },
        fields: [
          filingPurposeField,
          correctionReasonField,
          eventDateField,
          ownershipTypeField,
          hasCoOwnersField,
          coOwnersField,
        ],
      },
      {
        id: "objects",
        title: { pl: "Przedmioty opodatkowania (ZIN-1)", en: "Taxable objects (ZIN-1)" },
        description: {
          pl: "Wykaż wszystkie grunty, budynki, lokale i budowle w tej gminie, za które płacisz podatek.",
          en: "List all land, buildings, flats and structures in this municipality on which you pay the tax.",
        },
        fields: [landItemsField, buildingItemsField, structureItemsField],
        rules: [
          {
            kind: "atLeastOne",
            fields: ["landItems", "buildingItems", "structureItems"],
            message: { pl: "Dodaj co najmniej jeden grunt, budynek lub budowlę", en: "Add at least one piece of land, building or structure" },
          },
        ],
      },
      {
        id: "exemptions",
        title: { pl: "Zwolnienia (ZIN-2) i dokumenty", en: "Exemptions (ZIN-2) and documents" },
        fields: [
          hasExemptionsField,
          exemptItemsField,
          {
            key: "acquisitionDocuments",
            kind: "file",
            label: { pl: "Dokument nabycia lub zbycia", en: "Acquisition or sale document" },
            hint: {
              pl: "Na przykład akt notarialny lub postanowienie o nabyciu spadku. Przyspieszy to sprawdzenie informacji.",
              en: "For example, the notarial deed or inheritance order. It speeds up checking your return.",
            },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
