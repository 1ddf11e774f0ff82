/**
 * Informacja o stanie konta podatnika: należności, wpłaty, zaległości i indywidualny rachunek do
 * wpłat. Available only to the taxpayer (tajemnica skarbowa). Data only.
 */
import { defineService } from "../../types";
import { contactFields, declarationStep, identityFields } from "./common-fields";

export const taxpayerAccountStatement = defineService({
  id: "taxpayer-account-statement",
  version: 1,
  category: "taxes-and-local-fees",
  name: { pl: "Informacja o stanie konta podatnika", en: "Taxpayer account statement" },
  summary: {
    pl: "Sprawdź swoje podatki i opłaty lokalne: należności, wpłaty, zaległości i numer indywidualnego rachunku do wpłat.",
    en: "Check your local taxes and fees: amounts due, payments, arrears and your individual payment account number.",
  },
  whoCanApply: {
    pl: "Tylko podatnik, którego dotyczy konto, albo jego pełnomocnik – dane podatkowe są objęte tajemnicą skarbową.",
    en: "Only the taxpayer the account belongs to, or their attorney – tax data is protected by fiscal secrecy.",
  },
  whatYouNeed: [{ pl: "Konto w Okienku z potwierdzoną tożsamością", en: "An Okienko account with a confirmed identity" }],
  fee: { amountGrosze: 0, note: { pl: "Informacja jest bezpłatna.", en: "The statement is free." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd przygotowuje informację niezwłocznie. Nie jest to zaświadczenie – jeśli potrzebujesz dokumentu dla banku lub przetargu, zamów zaświadczenie o niezaleganiu.",
    en: "The office prepares the statement promptly. It is not a certificate – if you need a document for a bank or tender, order a certificate of no arrears.",
  },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 293–294 – tajemnica skarbowa)",
    en: "Tax Ordinance of 29 August 1997 (Articles 293–294 – fiscal secrecy)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["stan konta", "ile mam zapłacić", "numer konta do wpłat", "zaległości", "podatek"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu. Po nich odnajdziemy Twoje konto podatnika.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in. We use them to find your taxpayer account.",
        },
        fields: [...identityFields, ...contactFields],
      },
      {
        id: "scope",
        title: { pl: "Zakres informacji", en: "What to include" },
        fields: [
          {
            key: "taxTypes",
            kind: "checkboxes",
            label: { pl: "Które podatki i opłaty?", en: "Which taxes and fees?" },
            options: [
              { value: "property", label: { pl: "Podatek od nieruchomości", en: "Property tax" } },
              { value: "agricultural", label: { pl: "Podatek rolny", en: "Agricultural tax" } },
              { value: "forest", label: { pl: "Podatek leśny", en: "Forest tax" } },
              { value: "transport", label: { pl: "Podatek od środków transportowych", en: "Means-of-transport tax" } },
              { value: "waste-fee", label: { pl: "Opłata za gospodarowanie odpadami", en: "Municipal waste fee" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden podatek lub opłatę", en: "Select at least one tax or fee" } },
          },
          {
            key: "year",
            kind: "integer",
            label: { pl: "Rok", en: "Year" },
            hint: { pl: "Pomiń, aby zobaczyć bieżący rok i wszystkie zaległości.", en: "Skip it to see the current year and all arrears." },
            optional: true,
            minValue: 2015,
            maxValue: 2100,
          },
        ],
      },
      declarationStep,
    ],
  },
});
