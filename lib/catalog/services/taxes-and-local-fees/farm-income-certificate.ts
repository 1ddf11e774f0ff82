/**
 * Zaświadczenie o wielkości gospodarstwa rolnego w hektarach przeliczeniowych i przeciętnym dochodzie
 * z pracy w nim (do świadczeń, stypendiów, dodatków). Data only.
 */
import { defineService } from "../../types";
import { memberPeselField } from "../shared/household";
import { declarationStep, otherPurposeField, personStep } from "./common-fields";
import { certificateFormatField } from "./common-fields";

export const farmIncomeCertificate = defineService({
  id: "farm-income-certificate",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Zaświadczenie o wielkości gospodarstwa rolnego i dochodzie z niego",
    en: "Certificate of farm size and farm income",
  },
  summary: {
    pl: "Zamów zaświadczenie o powierzchni gospodarstwa w hektarach przeliczeniowych i dochodzie z niego za wskazany rok, na przykład do świadczeń lub stypendium.",
    en: "Order a certificate of your farm's size in conversion hectares and its income for a given year, for example for benefits or a scholarship.",
  },
  whoCanApply: {
    pl: "Osoba, której gospodarstwo dotyczy, członek jej rodziny ubiegający się o świadczenie, albo pełnomocnik.",
    en: "The farm holder, a family member applying for a benefit, or an attorney.",
  },
  whatYouNeed: [
    { pl: "Rok, za który ma być ustalony dochód", en: "The year for which the income is to be stated" },
    { pl: "Dane członków rodziny, jeśli zaświadczenie ma obejmować ich gospodarstwa", en: "Your family members' details, if the certificate should cover their farms" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "Opłata skarbowa 17 zł. Nie płacisz m.in. w sprawach świadczeń rodzinnych, pomocy społecznej, dodatków mieszkaniowych, ubezpieczenia społecznego oraz nauki i oświaty (na przykład stypendium).",
      en: "Stamp duty of 17 zł. It is not charged for, among others, family benefits, social assistance, housing allowances, social insurance, and education (for example, a scholarship).",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 15 listopada 1984 r. o podatku rolnym (art. 2 i 4)",
    en: "Code of Administrative Procedure of 14 June 1960 (Article 217); Act of 15 November 1984 on agricultural tax (Articles 2 and 4)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["dochód z gospodarstwa", "hektary przeliczeniowe", "zaświadczenie o dochodzie", "stypendium", "świadczenia rodzinne"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "certificate",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "referenceYear",
            kind: "integer",
            label: { pl: "Rok, za który ustalić dochód", en: "Year for which to state the income" },
            hint: { pl: "Zwykle rok wskazany we wniosku o świadczenie, na przykład 2025.", en: "Usually the year named in the benefit application, for example 2025." },
            minValue: 2000,
            maxValue: 2100,
            errors: { required: { pl: "Podaj rok", en: "Enter the year" } },
          },
          {
            key: "includeFamily",
            kind: "yes-no",
            label: { pl: "Czy zaświadczenie ma obejmować gospodarstwa członków rodziny?", en: "Should the certificate cover family members' farms?" },
            errors: { required: { pl: "Odpowiedz, czy zaświadczenie ma obejmować członków rodziny", en: "Select whether to include family members" } },
          },
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Członkowie rodziny", en: "Family members" },
            itemLabel: { pl: "Członek rodziny {n}", en: "Family member {n}" },
            showIf: { field: "includeFamily", equals: true },
            minItems: 1,
            maxItems: 15,
            fields: [
              { key: "memberGivenName", kind: "text", label: { pl: "Imię", en: "Given name" }, maxLength: 100 },
              { key: "memberFamilyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, maxLength: 100 },
              memberPeselField,
            ],
          },
          {
            key: "certificatePurpose",
            kind: "select",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            options: [
              { value: "family-benefits", label: { pl: "Świadczenia rodzinne", en: "Family benefits" } },
              { value: "social-assistance", label: { pl: "Pomoc społeczna", en: "Social assistance" } },
              { value: "scholarship", label: { pl: "Stypendium", en: "Scholarship" } },
              { value: "housing-allowance", label: { pl: "Dodatek mieszkaniowy", en: "Housing allowance" } },
              { value: "other", label: { pl: "Inny cel", en: "Another purpose" } },
            ],
            errors: { required: { pl: "Wybierz, do czego potrzebujesz zaświadczenia", en: "Select what you need the certificate for" } },
          },
          otherPurposeField,
          certificateFormatField,
        ],
      },
      declarationStep,
    ],
  },
});
