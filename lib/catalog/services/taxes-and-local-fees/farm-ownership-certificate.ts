/** Zaświadczenie o posiadaniu albo nieposiadaniu gospodarstwa rolnego (KPA art. 217). Data only. */
import { defineService } from "../../types";
import { declarationStep, otherPurposeField, personStep } from "./common-fields";
import { certificateFormatField } from "./common-fields";

export const farmOwnershipCertificate = defineService({
  id: "farm-ownership-certificate",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Zaświadczenie o posiadaniu lub nieposiadaniu gospodarstwa rolnego",
    en: "Certificate of holding or not holding a farm",
  },
  summary: {
    pl: "Zamów zaświadczenie z ewidencji podatkowej o tym, czy masz gospodarstwo rolne w gminie i jaka jest jego powierzchnia.",
    en: "Order a certificate from the tax records on whether you hold a farm in the municipality and how large it is.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy zaświadczenie, albo jej pełnomocnik – na przykład do KRUS, banku, notariusza lub wniosku o świadczenie.",
    en: "The person the certificate concerns, or their attorney – for example for KRUS, a bank, a notary or a benefit application.",
  },
  whatYouNeed: [
    { pl: "Informację, do czego potrzebujesz zaświadczenia", en: "What you need the certificate for" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł, jeśli działasz w czyimś imieniu", en: "A power of attorney with proof of paying 17 zł, if you act for someone else" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "Opłata skarbowa 17 zł. Nie płacisz m.in. w sprawach ubezpieczenia społecznego (KRUS), pomocy społecznej, świadczeń rodzinnych, alimentów oraz nauki i oświaty.",
      en: "Stamp duty of 17 zł. It is not charged for, among others, social insurance (KRUS), social assistance, family benefits, maintenance, and education.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ustawa z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 15 listopada 1984 r. o podatku rolnym (art. 2)",
    en: "Code of Administrative Procedure of 14 June 1960 (Article 217); Act of 15 November 1984 on agricultural tax (Article 2)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["zaświadczenie o gospodarstwie", "gospodarstwo rolne", "hektary przeliczeniowe", "krus", "rolnik"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "certificate",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "certificateScope",
            kind: "radio",
            label: { pl: "Co ma potwierdzić zaświadczenie?", en: "What should the certificate confirm?" },
            options: [
              {
                value: "holding",
                label: { pl: "Posiadanie gospodarstwa i jego powierzchnię", en: "That I hold a farm, and its size" },
                hint: { pl: "W hektarach fizycznych i przeliczeniowych.", en: "In physical and conversion hectares." },
              },
              { value: "not-holding", label: { pl: "Nieposiadanie gospodarstwa", en: "That I hold no farm" } },
            ],
            errors: { required: { pl: "Wybierz, co ma potwierdzić zaświadczenie", en: "Select what the certificate should confirm" } },
          },
          {
            key: "certificatePurpose",
            kind: "select",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            hint: { pl: "Od celu zależy, czy zapłacisz opłatę skarbową.", en: "The purpose decides whether stamp duty is due." },
            options: [
              { value: "social-insurance", label: { pl: "Do KRUS lub ZUS", en: "For KRUS or ZUS" } },
              { value: "social-benefits", label: { pl: "Do świadczeń rodzinnych lub pomocy społecznej", en: "For family benefits or social assistance" } },
              { value: "education", label: { pl: "Do stypendium lub szkoły", en: "For a scholarship or school" } },
              { value: "other", label: { pl: "Inny cel (na przykład bank, notariusz)", en: "Another purpose (for example, a bank or notary)" } },
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
