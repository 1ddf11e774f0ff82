/**
 * Dodatek energetyczny for vulnerable electricity customers (odbiorca wrażliwy energii
 * elektrycznej) under the Energy Law: only for people who already receive a housing allowance. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";

export const energyAllowance = defineService({
  id: "energy-allowance",
  version: 1,
  category: "social-affairs",
  name: { pl: "Dodatek energetyczny", en: "Energy allowance" },
  summary: {
    pl: "Złóż wniosek o dopłatę do rachunków za prąd, jeśli masz przyznany dodatek mieszkaniowy.",
    en: "Apply for help with electricity bills if you have been granted a housing allowance.",
  },
  whoCanApply: {
    pl: "Osoba, której przyznano dodatek mieszkaniowy, która jest stroną umowy kompleksowej lub umowy sprzedaży energii elektrycznej i mieszka w miejscu dostarczania energii.",
    en: "A person who has been granted a housing allowance, is a party to a comprehensive or electricity sales agreement and lives where the electricity is supplied.",
  },
  whatYouNeed: [
    { pl: "Znak i data decyzji o przyznaniu dodatku mieszkaniowego", en: "The reference number and date of the housing allowance decision" },
    { pl: "Kopia umowy kompleksowej lub umowy sprzedaży energii elektrycznej", en: "A copy of your comprehensive or electricity sales agreement" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dodatek przyznaje się decyzją na okres, na który przyznano dodatek mieszkaniowy. Jego wysokość zależy od liczby osób w gospodarstwie domowym.",
    en: "The allowance is granted by decision for the same period as the housing allowance. The amount depends on the number of people in the household.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 10 kwietnia 1997 r. – Prawo energetyczne (art. 5c i 5d)",
    en: "Energy Law Act of 10 April 1997 (Articles 5c and 5d)",
  },
  departmentCode: "sr",
  jrwaClass: "3155", // JRWA: verify against the office's list (often filed with housing allowances)
  keywords: ["dodatek energetyczny", "prąd", "rachunek za prąd", "odbiorca wrażliwy", "energia"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          { key: "residenceAddress", kind: "address", label: { pl: "Adres zamieszkania (miejsce dostarczania energii)", en: "Home address (where electricity is supplied)" } },
          ...contactFields,
        ],
      },
      {
        id: "eligibility",
        title: { pl: "Dodatek mieszkaniowy i umowa na prąd", en: "Housing allowance and electricity agreement" },
        fields: [
          {
            key: "housingAllowanceDecision",
            kind: "text",
            label: { pl: "Znak decyzji o przyznaniu dodatku mieszkaniowego", en: "Reference number of the housing allowance decision" },
            hint: { pl: "Na przykład SR.3155.123.2026.", en: "For example, SR.3155.123.2026." },
            maxLength: 60,
            errors: { required: { pl: "Podaj znak decyzji o dodatku mieszkaniowym", en: "Enter the reference number of the housing allowance decision" } },
          },
          { key: "housingAllowanceDate", kind: "date", label: { pl: "Data tej decyzji", en: "Date of that decision" }, max: "today" },
          {
            key: "householdSize",
            kind: "integer",
            label: { pl: "Liczba osób w gospodarstwie domowym (z Tobą)", en: "Number of people in your household (including you)" },
            minValue: 1,
            maxValue: 20,
            errors: { required: { pl: "Podaj liczbę osób w gospodarstwie domowym", en: "Enter the number of people in your household" } },
          },
          { key: "energySeller", kind: "text", label: { pl: "Sprzedawca energii", en: "Electricity supplier" }, hint: { pl: "Na przykład Tauron Sprzedaż sp. z o.o.", en: "For example, Tauron Sprzedaż sp. z o.o." }, maxLength: 200 },
          { key: "contractNumber", kind: "text", label: { pl: "Numer umowy lub numer klienta", en: "Agreement or customer number" }, maxLength: 60 },
          {
            key: "contractCopy",
            kind: "file",
            label: { pl: "Kopia umowy kompleksowej lub umowy sprzedaży energii", en: "Copy of the electricity agreement" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
        ],
      },
      {
        id: "payment",
        title: { pl: "Wypłata", en: "Payment" },
        fields: [
          {
            key: "paymentMethod",
            kind: "radio",
            label: { pl: "Jak chcesz otrzymywać dodatek?", en: "How do you want to receive the allowance?" },
            options: [
              { value: "transfer", label: { pl: "Przelewem na rachunek bankowy", en: "By bank transfer" } },
              { value: "cash", label: { pl: "W kasie urzędu", en: "In cash at the office" } },
            ],
            errors: { required: { pl: "Wybierz sposób wypłaty", en: "Select how you want to be paid" } },
          },
          {
            key: "bankAccount",
            kind: "bank-account",
            label: { pl: "Numer rachunku bankowego", en: "Bank account number" },
            showIf: { field: "paymentMethod", equals: "transfer" },
            errors: { required: { pl: "Podaj numer rachunku bankowego", en: "Enter the bank account number" } },
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć wniosek o dodatek energetyczny na podstawie Prawa energetycznego (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to decide on the energy allowance under the Energy Law (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że mieszkam w miejscu dostarczania energii elektrycznej, a dane we wniosku są zgodne z prawdą.",
              en: "I declare that I live where the electricity is supplied and that the information in this application is true.",
            },
          },
        ],
      },
    ],
  },
});
