/**
 * Wniosek o zwrot podatku akcyzowego zawartego w cenie oleju napędowego wykorzystywanego do
 * produkcji rolnej. Data only.
 */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  contactFields,
  identityFields,
  privacyNoticeField,
  residenceAddressField,
} from "./common-fields";

export const farmerFuelExciseRefund = defineService({
  id: "farmer-fuel-excise-refund",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Zwrot podatku akcyzowego za olej napędowy do produkcji rolnej",
    en: "Refund of excise duty on diesel used in farming",
  },
  summary: {
    pl: "Odzyskaj część akcyzy zapłaconej w cenie oleju napędowego zużytego w gospodarstwie rolnym.",
    en: "Recover part of the excise duty paid in the price of diesel used on your farm.",
  },
  whoCanApply: {
    pl: "Producent rolny – właściciel, posiadacz lub dzierżawca gruntów rolnych w gminie, wpisany do ewidencji producentów. Wniosek składa się od 1 do 28 lutego (faktury z sierpnia–stycznia) albo od 1 do 31 sierpnia (faktury z lutego–lipca).",
    en: "An agricultural producer – the owner, possessor or lessee of farmland in the municipality, entered in the producer register. Apply from 1 to 28 February (invoices from August–January) or from 1 to 31 August (invoices from February–July).",
  },
  whatYouNeed: [
    { pl: "Faktury VAT za zakup oleju napędowego z okresu wniosku (skany)", en: "VAT invoices for the diesel bought in the period (scans)" },
    { pl: "Dokument z ARiMR o średniej rocznej liczbie dużych jednostek przeliczeniowych bydła, jeśli hodujesz bydło", en: "An ARiMR document on the average annual number of cattle livestock units, if you keep cattle" },
    { pl: "Zgodę współwłaścicieli gospodarstwa, jeśli je współposiadasz", en: "The consent of the farm's co-owners, if you co-own it" },
    { pl: "Numer rachunku bankowego do zwrotu", en: "Your bank account number for the refund" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Urząd wydaje decyzję w ciągu 30 dni od złożenia wniosku, a pieniądze wypłaca w kwietniu albo w październiku.",
    en: "The office decides within 30 days of the application and pays in April or October.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 10 marca 2006 r. o zwrocie podatku akcyzowego zawartego w cenie oleju napędowego wykorzystywanego do produkcji rolnej",
    en: "Act of 10 March 2006 on refunding excise duty included in the price of diesel used for agricultural production",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["zwrot akcyzy", "paliwo rolnicze", "olej napędowy", "rolnik", "faktury za paliwo"],
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
        fields: [
          ...identityFields,
          residenceAddressField,
          {
            key: "producerNumber",
            kind: "text",
            label: { pl: "Numer identyfikacyjny producenta (ARiMR)", en: "Producer identification number (ARiMR)" },
            hint: { pl: "9-cyfrowy numer z ewidencji producentów.", en: "The 9-digit number from the producer register." },
            maxLength: 9,
            errors: { required: { pl: "Podaj numer identyfikacyjny producenta", en: "Enter your producer identification number" } },
          },
          ...contactFields,
        ],
      },
      {
        id: "fuel",
        title: { pl: "Olej napędowy i gospodarstwo", en: "Diesel and your farm" },
        fields: [
          {
            key: "applicationPeriod",
            kind: "radio",
            label: { pl: "Za jaki okres składasz wniosek?", en: "Which period are you applying for?" },
            options: [
              { value: "february", label: { pl: "Wniosek lutowy – faktury z sierpnia do stycznia", en: "February application – invoices from August to January" } },
              { value: "august", label: { pl: "Wniosek sierpniowy – faktury z lutego do lipca", en: "August application – invoices from February to July" } },
            ],
            errors: { required: { pl: "Wybierz okres wniosku", en: "Select the application period" } },
          },
          {
            key: "invoices",
            kind: "group",
            label: { pl: "Faktury za olej napędowy", en: "Diesel invoices" },
            itemLabel: { pl: "Faktura {n}", en: "Invoice {n}" },
            minItems: 1,
            maxItems: 100,
            fields: [
              { key: "invoiceNumber", kind: "text", label: { pl: "Numer faktury", en: "Invoice number" }, maxLength: 60 },
              { key: "invoiceDate", kind: "date", label: { pl: "Data wystawienia", en: "Date of issue" }, min: { daysFromToday: -400 }, max: "today" },
              { key: "invoiceLitres", kind: "decimal", label: { pl: "Liczba litrów", en: "Litres" }, minValue: 0.01, decimals: 2 },
            ],
          },
          {
            key: "keepsCattle",
            kind: "yes-no",
            label: { pl: "Czy hodujesz bydło?", en: "Do you keep cattle?" },
            hint: { pl: "Limit zwrotu zwiększa się o liczbę dużych jednostek przeliczeniowych bydła.", en: "The refund limit grows with the number of cattle livestock units." },
          },
          {
            key: "cattleLivestockUnits",
            kind: "decimal",
            label: { pl: "Średnia roczna liczba dużych jednostek przeliczeniowych bydła (DJP)", en: "Average annual cattle livestock units (LU)" },
            showIf: { field: "keepsCattle", equals: true },
            minValue: 0.01,
            decimals: 2,
          },
          {
            key: "isCoOwned",
            kind: "yes-no",
            label: { pl: "Czy gospodarstwo ma współwłaścicieli lub współposiadaczy?", en: "Does the farm have co-owners or co-possessors?" },
          },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku bankowego do zwrotu", en: "Bank account number for the refund" } },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          {
            key: "invoiceScans",
            kind: "file",
            label: { pl: "Faktury VAT za olej napędowy", en: "VAT invoices for the diesel" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 30,
            errors: { required: { pl: "Dołącz faktury za olej napędowy", en: "Attach the diesel invoices" } },
          },
          {
            key: "cattleDocument",
            kind: "file",
            label: { pl: "Dokument z ARiMR o liczbie DJP bydła", en: "ARiMR document on cattle livestock units" },
            showIf: { field: "keepsCattle", equals: true },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "coOwnersConsent",
            kind: "file",
            label: { pl: "Zgoda współwłaścicieli na złożenie wniosku", en: "Co-owners' consent to this application" },
            showIf: { field: "isCoOwned", equals: true },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "agriculturalUse",
            kind: "consent",
            label: {
              pl: "Oświadczam, że olej napędowy z dołączonych faktur wykorzystałem/wykorzystałam do produkcji rolnej.",
              en: "I declare that I used the diesel on the attached invoices for agricultural production.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
