/** Wniosek o zmianę wpisu w CEIDG złożony w urzędzie gminy. Data only. */
import { defineService } from "../../types";
import {
  contactFields,
  criminalTruthDeclarationField,
  identityFields,
  privacyNoticeField,
} from "../taxes-and-local-fees/common-fields";
import { ceidgDeadlineNote, ceidgFee, ceidgLegalBasis, ceidgNipField, ceidgRegonField } from "./ceidg-fields";

export const ceidgChange = defineService({
  id: "ceidg-change",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Zmiana wpisu w CEIDG", en: "Changing your CEIDG entry" },
  summary: {
    pl: "Zgłoś zmianę danych swojej firmy w CEIDG, na przykład adresu, kodów PKD, rachunku bankowego lub formy opodatkowania.",
    en: "Report a change to your business details in CEIDG, for example the address, PKD codes, bank account or form of taxation.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca wpisany do CEIDG. Zmianę zgłoś w ciągu 7 dni od dnia, w którym nastąpiła.",
    en: "An entrepreneur entered in CEIDG. Report the change within 7 days of the day it happened.",
  },
  whatYouNeed: [
    { pl: "NIP firmy", en: "Your business NIP" },
    { pl: "Nowe dane, które mają się znaleźć we wpisie", en: "The new details to be entered" },
  ],
  fee: ceidgFee,
  deadline: { kind: "days", days: 1 },
  deadlineNote: ceidgDeadlineNote,
  legalBasis: ceidgLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7300", // JRWA: verify against the office's list
  keywords: ["zmiana w ceidg", "zmiana adresu firmy", "zmiana pkd", "aktualizacja wpisu"],
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
        fields: [...identityFields, ceidgNipField, ceidgRegonField, ...contactFields],
      },
      {
        id: "change",
        title: { pl: "Co się zmienia", en: "What is changing" },
        fields: [
          {
            key: "changedItems",
            kind: "checkboxes",
            label: { pl: "Co chcesz zmienić?", en: "What do you want to change?" },
            options: [
              { value: "business-name", label: { pl: "Firmę (nazwę)", en: "Business name" } },
              { value: "fixed-place", label: { pl: "Adres stałego miejsca działalności", en: "Fixed place of business" } },
              { value: "correspondence", label: { pl: "Adres do doręczeń", en: "Correspondence address" } },
              { value: "pkd", label: { pl: "Kody PKD", en: "PKD codes" } },
              { value: "tax-form", label: { pl: "Formę opodatkowania", en: "Form of taxation" } },
              { value: "bank-account", label: { pl: "Rachunek bankowy", en: "Bank account" } },
              { value: "other", label: { pl: "Inne dane", en: "Other details" } },
            ],
            errors: { required: { pl: "Wybierz, co chcesz zmienić", en: "Select what you want to change" } },
          },
          {
            key: "changeDate",
            kind: "date",
            label: { pl: "Data zmiany", en: "Date of the change" },
            min: { daysFromToday: -365 },
            max: { daysFromToday: 365 },
            errors: { required: { pl: "Podaj datę zmiany", en: "Enter the date of the change" } },
          },
          {
            key: "newBusinessName",
            kind: "text",
            label: { pl: "Nowa firma (nazwa)", en: "New business name" },
            showIf: { field: "changedItems", equals: "business-name" },
            maxLength: 300,
          },
          {
            key: "newBusinessAddress",
            kind: "address",
            label: { pl: "Nowy adres stałego miejsca działalności", en: "New fixed place of business" },
            showIf: { field: "changedItems", equals: "fixed-place" },
          },
          {
            key: "newCorrespondenceAddress",
            kind: "address",
            label: { pl: "Nowy adres do doręczeń", en: "New correspondence address" },
            showIf: { field: "changedItems", equals: "correspondence" },
          },
          {
            key: "newPkdCodes",
            kind: "long-text",
            label: { pl: "Nowe kody PKD", en: "New PKD codes" },
            hint: { pl: "Podaj przeważający kod i pozostałe, na przykład „43.34.Z (przeważający), 43.32.Z”.", en: "Give the main code and the others, for example “43.34.Z (main), 43.32.Z”." },
            showIf: { field: "changedItems", equals: "pkd" },
            maxLength: 1000,
          },
          {
            key: "newTaxForm",
            kind: "radio",
            label: { pl: "Nowa forma opodatkowania", en: "New form of taxation" },
            showIf: { field: "changedItems", equals: "tax-form" },
            options: [
              { value: "general", label: { pl: "Zasady ogólne (skala podatkowa)", en: "General rules (tax scale)" } },
              { value: "flat", label: { pl: "Podatek liniowy", en: "Flat-rate tax" } },
              { value: "lump-sum", label: { pl: "Ryczałt od przychodów ewidencjonowanych", en: "Lump-sum tax on recorded revenue" } },
            ],
          },
          {
            key: "newBankAccount",
            kind: "bank-account",
            label: { pl: "Nowy rachunek bankowy", en: "New bank account" },
            showIf: { field: "changedItems", equals: "bank-account" },
          },
          {
            key: "otherChanges",
            kind: "long-text",
            label: { pl: "Opis pozostałych zmian", en: "Other changes" },
            showIf: { field: "changedItems", equals: "other" },
            maxLength: 2000,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [privacyNoticeField, criminalTruthDeclarationField],
      },
    ],
  },
});
