/** Zaświadczenie o niezaleganiu w opłacie za gospodarowanie odpadami komunalnymi. Data only. */
import { defineService } from "../../types";
import { certificateFormatField, declarationStep, personStep } from "./common-fields";

export const wasteFeeNoArrearsCertificate = defineService({
  id: "waste-fee-no-arrears-certificate",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Zaświadczenie o niezaleganiu w opłacie za odpady komunalne",
    en: "Certificate of no arrears in the municipal waste fee",
  },
  summary: {
    pl: "Zamów zaświadczenie, że nie masz zaległości w opłacie za wywóz śmieci za wskazaną nieruchomość.",
    en: "Order a certificate that you owe no municipal waste fee for a given property.",
  },
  whoCanApply: {
    pl: "Osoba, która składa deklarację i płaci opłatę za gospodarowanie odpadami za daną nieruchomość, albo jej pełnomocnik.",
    en: "The person who files the declaration and pays the waste fee for the property, or their attorney.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości, za którą płacisz opłatę", en: "The address of the property you pay the fee for" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł, jeśli działasz w czyimś imieniu", en: "A power of attorney with proof of paying 17 zł, if you act for someone else" },
  ],
  fee: {
    amountGrosze: 2100,
    note: {
      pl: "Opłata skarbowa 21 zł jak za zaświadczenie o niezaleganiu. Nie płacisz m.in. w sprawach pomocy społecznej, świadczeń rodzinnych i budownictwa mieszkaniowego.",
      en: "Stamp duty of 21 zł, as for a certificate of no arrears. It is not charged for, among others, social assistance, family benefits and housing matters.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 306a i 306e) w związku z ustawą z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 6q)",
    en: "Tax Ordinance of 29 August 1997 (Articles 306a and 306e) with the Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Article 6q)",
  },
  departmentCode: "go",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["zaświadczenie o niezaleganiu", "opłata za śmieci", "wywóz śmieci", "opłata odpadowa"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "certificate",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "propertyAddress",
            kind: "address",
            label: { pl: "Adres nieruchomości, za którą płacisz opłatę", en: "Address of the property you pay the fee for" },
          },
          {
            key: "certificatePurpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            hint: { pl: "Od celu zależy, czy zapłacisz opłatę skarbową.", en: "The purpose decides whether stamp duty is due." },
            maxLength: 300,
            errors: { required: { pl: "Podaj, do czego potrzebujesz zaświadczenia", en: "Enter what you need the certificate for" } },
          },
          certificateFormatField,
        ],
      },
      declarationStep,
    ],
  },
});
