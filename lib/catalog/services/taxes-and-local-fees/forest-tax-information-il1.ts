/**
 * IL-1: forest tax information for natural persons, with ZIL-1 (forests), ZIL-2 (exemptions) and
 * ZIL-3 (co-owners). The office assesses the tax by decision. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields, residenceAddressField, taxDeclarationStep } from "./common-fields";
import { coOwnersField, correctionReasonField, eventDateField, filingPurposeField, forestItemsField, hasCoOwnersField, individualNipField, ownershipTypeField, runsBusinessField } from "./property-objects";

export const forestTaxInformationIl1 = defineService({
  id: "forest-tax-information-il1",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Informacja o lasach – podatek leśny (IL-1)", en: "Forest tax information return for individuals (IL-1)" },
  summary: {
    pl: "Zgłoś lasy do podatku leśnego, gdy je nabędziesz, zbędziesz lub zmieni się ich rodzaj.",
    en: "Report forests for forest tax when you acquire or sell them or their type changes.",
  },
  whoCanApply: {
    pl: "Osoby fizyczne – właściciele, użytkownicy wieczyści i posiadacze lasów. Złóż informację w ciągu 14 dni od zdarzenia, które powoduje powstanie, wygaśnięcie lub zmianę wysokości podatku.",
    en: "Individuals who own, hold in perpetual usufruct or possess forests. File within 14 days of the event that creates, ends or changes the tax.",
  },
  whatYouNeed: [
    { pl: "Wypis z rejestru gruntów z identyfikatorami działek i powierzchnią lasu", en: "A land register extract with the parcel identifiers and the forest area" },
    { pl: "Informację o wieku drzewostanu lub statusie lasu (ochronny, rezerwat), jeśli wpływa na podatek", en: "The age of the trees or the forest's status (protective, reserve), if it affects the tax" },
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
    pl: "Ustawa z dnia 30 października 2002 r. o podatku leśnym (art. 6); Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 139)",
    en: "Act of 30 October 2002 on forest tax (Article 6); Tax Ordinance of 29 August 1997 (Article 139)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["podatek leśny", "il-1", "zil-1", "las", "działka leśna"],
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
        title: { pl: "Cel złożenia i tytuł do lasu", en: "Purpose and your title to the forest" },
        fields: [filingPurposeField, correctionReasonField, eventDateField, ownershipTypeField, hasCoOwnersField, coOwnersField],
      },
      {
        id: "forests",
        title: { pl: "Lasy (ZIL-1 i ZIL-2)", en: "Forests (ZIL-1 and ZIL-2)" },
        description: {
          pl: "Lasy z drzewostanem do 40 lat są zwolnione z podatku – wykaż je z rodzajem „zwolniony”.",
          en: "Forests with trees up to 40 years old are exempt – list them with the “exempt” type.",
        },
        fields: [
          forestItemsField,
          {
            key: "otherExemptions",
            kind: "long-text",
            label: { pl: "Inne zwolnienia (przedmiot i podstawa prawna)", en: "Other exemptions (object and legal basis)" },
            hint: {
              pl: "Na przykład lasy wpisane do rejestru zabytków. Pomiń, jeśli nie dotyczy.",
              en: "For example, forests entered in the register of monuments. Skip it if it does not apply.",
            },
            optional: true,
            maxLength: 2000,
          },
        ],
      },
      taxDeclarationStep,
    ],
  },
});
