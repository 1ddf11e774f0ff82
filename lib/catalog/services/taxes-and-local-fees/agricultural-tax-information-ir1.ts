/**
 * IR-1: agricultural tax information for natural persons, with ZIR-1 (land), ZIR-2 (exemptions and
 * reliefs) and ZIR-3 (co-owners). The office assesses the tax by decision. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields, residenceAddressField, taxDeclarationStep } from "./common-fields";
import { coOwnersField, correctionReasonField, eventDateField, farmLandItemsField, filingPurposeField, hasCoOwnersField, individualNipField, ownershipTypeField, runsBusinessField } from "./property-objects";

export const agriculturalTaxInformationIr1 = defineService({
  id: "agricultural-tax-information-ir1",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Informacja o gruntach – podatek rolny (IR-1)", en: "Agricultural tax information return for individuals (IR-1)" },
  summary: {
    pl: "Zgłoś grunty rolne do podatku rolnego, gdy je nabędziesz, zbędziesz lub zmieni się ich sposób użytkowania.",
    en: "Report agricultural land for agricultural tax when you acquire or sell it or its use changes.",
  },
  whoCanApply: {
    pl: "Osoby fizyczne – właściciele, użytkownicy wieczyści i posiadacze gruntów rolnych. Złóż informację w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę wysokości podatku.",
    en: "Individuals who own, hold in perpetual usufruct or possess agricultural land. File within 14 days of the event that creates, ends or changes the tax.",
  },
  whatYouNeed: [
    { pl: "Wypis z rejestru gruntów: identyfikatory działek, użytki, klasy gleby i powierzchnie", en: "A land register extract: parcel identifiers, land uses, soil classes and areas" },
    { pl: "Numer księgi wieczystej, jeśli jest założona", en: "The land register number, if there is one" },
    { pl: "Dokumenty potwierdzające prawo do ulgi lub zwolnienia, jeśli z niego korzystasz", en: "Documents supporting a relief or exemption, if you claim one" },
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
    pl: "Na podstawie informacji urząd wydaje decyzję ustalającą wysokość podatku, płatnego w czterech ratach do 15 marca, 15 maja, 15 września i 15 listopada.",
    en: "The office issues a decision setting the tax based on your return, payable in four instalments by 15 March, 15 May, 15 September and 15 November.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 15 listopada 1984 r. o podatku rolnym (art. 6a); Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 139)",
    en: "Act of 15 November 1984 on agricultural tax (Article 6a); Tax Ordinance of 29 August 1997 (Article 139)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek rolny", "ir-1", "zir-1", "grunty rolne", "gospodarstwo rolne"],
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
        fields: [...identityFields, residenceAddressField, runsBusinessField, individualNipField, ...contactFields],
      },
      {
        id: "filing",
        title: { pl: "Cel złożenia i tytuł do gruntów", en: "Purpose and your title to the land" },
        fields: [filingPurposeField, correctionReasonField, eventDateField, ownershipTypeField, hasCoOwnersField, coOwnersField],
      },
      {
        id: "land",
        title: { pl: "Grunty (ZIR-1)", en: "Land (ZIR-1)" },
        fields: [farmLandItemsField],
      },
      {
        id: "reliefs",
        title: { pl: "Zwolnienia i ulgi (ZIR-2)", en: "Exemptions and reliefs (ZIR-2)" },
        fields: [
          {
            key: "hasReliefs",
            kind: "yes-no",
            label: { pl: "Czy korzystasz ze zwolnienia lub ulgi?", en: "Do you claim an exemption or relief?" },
            hint: {
              pl: "Na przykład grunty klasy V, VI i VIz, grunty nabyte na powiększenie gospodarstwa albo ulga inwestycyjna.",
              en: "For example, class V, VI and VIz land, land bought to enlarge a farm, or the investment relief.",
            },
            errors: { required: { pl: "Odpowiedz, czy korzystasz ze zwolnienia lub ulgi", en: "Select whether you claim an exemption or relief" } },
          },
          {
            key: "reliefs",
            kind: "group",
            label: { pl: "Zwolnienia i ulgi", en: "Exemptions and reliefs" },
            itemLabel: { pl: "Zwolnienie lub ulga {n}", en: "Exemption or relief {n}" },
            showIf: { field: "hasReliefs", equals: true },
            minItems: 1,
            maxItems: 30,
            fields: [
              { key: "reliefParcelId", kind: "parcel-id", label: { pl: "Identyfikator działki", en: "Parcel identifier" }, optional: true },
              {
                key: "reliefArea",
                kind: "decimal",
                label: { pl: "Powierzchnia objęta zwolnieniem lub ulgą (ha)", en: "Area covered (ha)" },
                minValue: 0.0001,
                decimals: 4,
                optional: true,
              },
              {
                key: "reliefBasis",
                kind: "text",
                label: { pl: "Rodzaj i podstawa prawna zwolnienia lub ulgi", en: "Type and legal basis of the exemption or relief" },
                hint: { pl: "Na przykład art. 12 ust. 1 pkt 4 ustawy o podatku rolnym.", en: "For example, Article 12(1)(4) of the Act on agricultural tax." },
                maxLength: 300,
                errors: { required: { pl: "Podaj rodzaj i podstawę prawną", en: "Enter the type and legal basis" } },
              },
            ],
          },
          {
            key: "reliefDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające prawo do zwolnienia lub ulgi", en: "Documents supporting the exemption or relief" },
            hint: { pl: "Na przykład faktury za inwestycję albo akt notarialny zakupu gruntu.", en: "For example, invoices for the investment or the deed of purchase of the land." },
            showIf: { field: "hasReliefs", equals: true },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
