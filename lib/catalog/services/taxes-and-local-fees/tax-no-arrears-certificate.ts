/** Zaświadczenie o niezaleganiu w podatkach lokalnych lub stwierdzające stan zaległości. Data only. */
import { defineService } from "../../types";
import { certificateFormatField, contactFields, declarationStep, identityFields, residenceAddressField } from "./common-fields";
import { individualNipField, runsBusinessField } from "./property-objects";

export const taxNoArrearsCertificate = defineService({
  id: "tax-no-arrears-certificate",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Zaświadczenie o niezaleganiu w podatkach lokalnych",
    en: "Certificate of no arrears in local taxes",
  },
  summary: {
    pl: "Zamów zaświadczenie, że nie masz zaległości w podatkach płaconych gminie, albo zaświadczenie o ich wysokości.",
    en: "Order a certificate that you owe no taxes to the municipality, or one stating the amount you owe.",
  },
  whoCanApply: {
    pl: "Podatnik, którego dotyczy zaświadczenie, albo jego pełnomocnik – na przykład do banku, przetargu lub wniosku o dotację.",
    en: "The taxpayer the certificate concerns, or their attorney – for example for a bank, a tender or a grant application.",
  },
  whatYouNeed: [
    { pl: "Informację, których podatków ma dotyczyć zaświadczenie", en: "Which taxes the certificate should cover" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł, jeśli działasz w czyimś imieniu", en: "A power of attorney with proof of paying 17 zł, if you act for someone else" },
  ],
  fee: {
    amountGrosze: 2100,
    note: {
      pl: "Opłata skarbowa 21 zł. Nie płacisz, gdy zaświadczenie jest potrzebne m.in. w sprawach pomocy społecznej, świadczeń rodzinnych, ubezpieczenia społecznego albo nauki i oświaty.",
      en: "Stamp duty of 21 zł. It is not charged when you need the certificate for, among others, social assistance, family benefits, social insurance or education.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 306a, 306e i 306g); ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej",
    en: "Tax Ordinance of 29 August 1997 (Articles 306a, 306e and 306g); Act of 16 November 2006 on stamp duty",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["zaświadczenie o niezaleganiu", "zaległości podatkowe", "niezaleganie", "zaświadczenie podatkowe"],
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
        id: "certificate",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "taxTypes",
            kind: "checkboxes",
            label: { pl: "Których podatków ma dotyczyć zaświadczenie?", en: "Which taxes should the certificate cover?" },
            options: [
              { value: "property", label: { pl: "Podatek od nieruchomości", en: "Property tax" } },
              { value: "agricultural", label: { pl: "Podatek rolny", en: "Agricultural tax" } },
              { value: "forest", label: { pl: "Podatek leśny", en: "Forest tax" } },
              { value: "transport", label: { pl: "Podatek od środków transportowych", en: "Means-of-transport tax" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden podatek", en: "Select at least one tax" } },
          },
          {
            key: "certificatePurpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            hint: {
              pl: "Na przykład do banku albo do wniosku o stypendium. Od celu zależy, czy zapłacisz opłatę skarbową.",
              en: "For example, for a bank or a scholarship application. The purpose decides whether stamp duty is due.",
            },
            maxLength: 300,
            errors: { required: { pl: "Podaj, do czego potrzebujesz zaświadczenia", en: "Enter what you need the certificate for" } },
          },
          {
            key: "copies",
            kind: "integer",
            label: { pl: "Liczba egzemplarzy", en: "Number of copies" },
            minValue: 1,
            maxValue: 5,
          },
          certificateFormatField,
        ],
      },
      declarationStep,
    ],
  },
});
