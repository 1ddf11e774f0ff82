/** Wniosek o stwierdzenie nadpłaty podatku lokalnego i jej zwrot (Ordynacja podatkowa art. 75–77). Data only. */
import { defineService } from "../../types";
import { contactFields, declarationStep, identityFields, residenceAddressField } from "./common-fields";
import { individualNipField, runsBusinessField } from "./property-objects";
import { taxTypeField } from "./common-fields";

export const taxOverpaymentRefund = defineService({
  id: "tax-overpayment-refund",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Stwierdzenie i zwrot nadpłaty podatku", en: "Finding and refund of a tax overpayment" },
  summary: {
    pl: "Poproś o stwierdzenie nadpłaty podatku lokalnego i jej zwrot na konto albo zaliczenie na przyszłe raty.",
    en: "Ask the office to confirm an overpaid local tax and refund it to your account or credit it to future instalments.",
  },
  whoCanApply: {
    pl: "Podatnik, który zapłacił za dużo lub nienależnie, na przykład podwójnie albo po sprzedaży nieruchomości. Podatnicy składający deklarację dołączają do wniosku jej korektę.",
    en: "A taxpayer who paid too much or without cause, for example twice or after selling the property. Taxpayers who file declarations attach a corrected declaration.",
  },
  whatYouNeed: [
    { pl: "Potwierdzenia zapłaty podatku", en: "Proof of paying the tax" },
    { pl: "Skorygowaną deklarację, jeśli nadpłata z niej wynika", en: "The corrected declaration, if the overpayment results from it" },
    { pl: "Numer rachunku bankowego do zwrotu", en: "Your bank account number for the refund" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd zwraca nadpłatę w ciągu 30 dni od złożenia wniosku albo od wydania decyzji o stwierdzeniu nadpłaty.",
    en: "The office refunds the overpayment within 30 days of the application or of the decision confirming it.",
  },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 72–77 i 139)",
    en: "Tax Ordinance of 29 August 1997 (Articles 72–77 and 139)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["nadpłata", "zwrot podatku", "zapłaciłem za dużo", "zwrot pieniędzy"],
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
        id: "overpayment",
        title: { pl: "Nadpłata", en: "The overpayment" },
        fields: [
          taxTypeField,
          {
            key: "taxYear",
            kind: "integer",
            label: { pl: "Rok podatkowy", en: "Tax year" },
            minValue: 2015,
            maxValue: 2100,
            errors: { required: { pl: "Podaj rok podatkowy", en: "Enter the tax year" } },
          },
          {
            key: "overpaymentAmount",
            kind: "money",
            label: { pl: "Kwota nadpłaty", en: "Amount overpaid" },
            minValue: 0.01,
            errors: { required: { pl: "Podaj kwotę nadpłaty", en: "Enter the amount overpaid" } },
          },
          {
            key: "justification",
            kind: "long-text",
            label: { pl: "Skąd wzięła się nadpłata?", en: "How did the overpayment arise?" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz, skąd wzięła się nadpłata", en: "Describe how the overpayment arose" } },
          },
          {
            key: "refundMethod",
            kind: "radio",
            label: { pl: "Co zrobić z nadpłatą?", en: "What should we do with the overpayment?" },
            options: [
              { value: "bank-transfer", label: { pl: "Zwrot na rachunek bankowy", en: "Refund to a bank account" } },
              { value: "cash", label: { pl: "Wypłata w kasie urzędu", en: "Cash at the office's cash desk" } },
              { value: "offset", label: { pl: "Zaliczenie na poczet przyszłych podatków", en: "Credit towards future taxes" } },
            ],
            errors: { required: { pl: "Wybierz, co zrobić z nadpłatą", en: "Select what to do with the overpayment" } },
          },
          {
            key: "bankAccount",
            kind: "bank-account",
            label: { pl: "Numer rachunku bankowego", en: "Bank account number" },
            showIf: { field: "refundMethod", equals: "bank-transfer" },
            errors: { required: { pl: "Podaj numer rachunku bankowego", en: "Enter the bank account number" } },
          },
          {
            key: "paymentProofs",
            kind: "file",
            label: { pl: "Potwierdzenia zapłaty i skorygowana deklaracja", en: "Proof of payment and the corrected declaration" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
        ],
      },
      declarationStep,
    ],
  },
});
