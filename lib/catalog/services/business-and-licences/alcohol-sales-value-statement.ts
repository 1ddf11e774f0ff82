/**
 * Oświadczenie o wartości sprzedaży napojów alkoholowych w roku poprzednim, the basis of the annual
 * licence fee (art. 11¹ u.w.t.p.a.). Data only.
 */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  companyFields,
  contactFields,
  identityFields,
  privacyNoticeField,
  representativeFields,
} from "../taxes-and-local-fees/common-fields";
import { alcoholLegalBasis, salesPointAddressField } from "./alcohol-fields";

export const alcoholSalesValueStatement = defineService({
  id: "alcohol-sales-value-statement",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Oświadczenie o wartości sprzedaży alkoholu za poprzedni rok", en: "Statement of last year's alcohol sales" },
  summary: {
    pl: "Podaj wartość sprzedaży napojów alkoholowych w poprzednim roku – od niej zależy roczna opłata za zezwolenie.",
    en: "Report the value of alcohol sold last year – the annual licence fee depends on it.",
  },
  whoCanApply: {
    pl: "Każdy przedsiębiorca, który ma zezwolenie na sprzedaż napojów alkoholowych. Oświadczenie składa się do 31 stycznia. Niezłożenie go w terminie prowadzi do wygaśnięcia zezwolenia.",
    en: "Every business holding an alcohol licence. File by 31 January. Failing to file on time makes the licence expire.",
  },
  whatYouNeed: [
    { pl: "Numery zezwoleń dla punktu sprzedaży", en: "The licence numbers for the point of sale" },
    { pl: "Wartość sprzedaży brutto każdego rodzaju napojów (A, B, C) w poprzednim roku", en: "The gross sales value of each type of beverage (A, B, C) last year" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Oświadczenie jest bezpłatne. Roczną opłatę za zezwolenie płacisz w trzech ratach: do 31 stycznia, 31 maja i 30 września.",
      en: "The statement is free. You pay the annual licence fee in three instalments: by 31 January, 31 May and 30 September.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Oświadczenie nie wymaga decyzji: urząd je przyjmuje i może sprawdzić w kontroli.",
    en: "The statement needs no decision: the office accepts it and may check it in an inspection.",
  },
  legalBasis: alcoholLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7340", // JRWA: verify against the office's list
  keywords: ["oświadczenie o wartości sprzedaży", "opłata za alkohol", "zezwolenie alkoholowe", "do 31 stycznia"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, ...representativeFields, ...contactFields],
      },
      {
        id: "business",
        title: { pl: "Przedsiębiorca i punkt sprzedaży", en: "Business and point of sale" },
        fields: [...companyFields, salesPointAddressField],
      },
      {
        id: "sales",
        title: { pl: "Wartość sprzedaży", en: "Sales value" },
        fields: [
          {
            key: "salesYear",
            kind: "integer",
            label: { pl: "Rok, którego dotyczy oświadczenie", en: "Year the statement covers" },
            minValue: 2018,
            maxValue: 2100,
            errors: { required: { pl: "Podaj rok", en: "Enter the year" } },
          },
          {
            key: "permits",
            kind: "group",
            label: { pl: "Zezwolenia", en: "Licences" },
            itemLabel: { pl: "Zezwolenie {n}", en: "Licence {n}" },
            minItems: 1,
            maxItems: 3,
            fields: [
              { key: "permitNumber", kind: "text", label: { pl: "Numer zezwolenia", en: "Licence number" }, maxLength: 100 },
              {
                key: "permitCategory",
                kind: "select",
                label: { pl: "Rodzaj", en: "Type" },
                options: [
                  { value: "a", label: { pl: "A – do 4,5% alkoholu oraz piwo", en: "A – up to 4.5% alcohol, and beer" } },
                  { value: "b", label: { pl: "B – powyżej 4,5% do 18% (z wyjątkiem piwa)", en: "B – over 4.5% up to 18% (except beer)" } },
                  { value: "c", label: { pl: "C – powyżej 18%", en: "C – over 18%" } },
                ],
              },
              {
                key: "salesValue",
                kind: "money",
                label: { pl: "Wartość sprzedaży brutto w roku (zł)", en: "Gross sales value in the year (zł)" },
                hint: { pl: "Z podatkiem VAT i akcyzą.", en: "Including VAT and excise duty." },
              },
            ],
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [privacyNoticeField, accuracyDeclarationField],
      },
    ],
  },
});
