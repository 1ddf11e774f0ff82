/**
 * Jednorazowe zezwolenie na sprzedaż napojów alkoholowych na imprezę (do 2 dni), dla przedsiębiorców
 * z zezwoleniem stałym i jednostek OSP (art. 18 ust. 7 u.w.t.p.a.). Data only.
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
import { alcoholCategoriesField, alcoholLegalBasis } from "./alcohol-fields";

export const alcoholPermitOneTime = defineService({
  id: "alcohol-permit-one-time",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Jednorazowe zezwolenie na sprzedaż alkoholu na imprezę", en: "One-off alcohol licence for an event" },
  summary: {
    pl: "Uzyskaj zezwolenie na sprzedaż napojów alkoholowych podczas festynu, koncertu lub innej imprezy – na najwyżej 2 dni.",
    en: "Get a licence to sell alcoholic beverages at a fair, concert or other event – for up to 2 days.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca, który ma stałe zezwolenie na sprzedaż napojów alkoholowych, albo jednostka ochotniczej straży pożarnej. Złóż wniosek z wyprzedzeniem, aby urząd zdążył go rozpatrzyć przed imprezą.",
    en: "A business holding a permanent alcohol licence, or a volunteer fire brigade unit. Apply early enough for the office to decide before the event.",
  },
  whatYouNeed: [
    { pl: "Numer stałego zezwolenia (przedsiębiorcy)", en: "Your permanent licence number (businesses)" },
    { pl: "Zgodę organizatora imprezy na sprzedaż alkoholu", en: "The event organiser's consent to selling alcohol" },
    { pl: "Daty, godziny i miejsce sprzedaży", en: "The dates, hours and place of sale" },
  ],
  fee: {
    amountGrosze: 4375,
    note: {
      pl: "Opłata za jednorazowe zezwolenie: 43,75 zł za rodzaj A lub B i 175 zł za rodzaj C (każdy rodzaj osobno). Płacisz przed wydaniem zezwolenia.",
      en: "The one-off licence fee: 43.75 zł for type A or B and 175 zł for type C (each type separately). You pay before the licence is issued.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: alcoholLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7340", // JRWA: verify against the office's list
  keywords: ["jednorazowe zezwolenie", "alkohol na festynie", "piwo na imprezie", "zezwolenie alkoholowe", "osp"],
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
        title: { pl: "Przedsiębiorca lub OSP", en: "Business or fire brigade" },
        fields: [
          {
            key: "applicantType",
            kind: "radio",
            label: { pl: "Kto składa wniosek?", en: "Who is applying?" },
            options: [
              { value: "licence-holder", label: { pl: "Przedsiębiorca ze stałym zezwoleniem", en: "A business with a permanent licence" } },
              { value: "fire-brigade", label: { pl: "Ochotnicza straż pożarna", en: "A volunteer fire brigade" } },
            ],
            errors: { required: { pl: "Wybierz, kto składa wniosek", en: "Select who is applying" } },
          },
          ...companyFields,
          {
            key: "permanentPermitNumber",
            kind: "text",
            label: { pl: "Numer stałego zezwolenia", en: "Permanent licence number" },
            showIf: { field: "applicantType", equals: "licence-holder" },
            maxLength: 100,
            errors: { required: { pl: "Podaj numer stałego zezwolenia", en: "Enter the permanent licence number" } },
          },
        ],
      },
      {
        id: "event",
        title: { pl: "Impreza", en: "The event" },
        fields: [
          { key: "eventName", kind: "text", label: { pl: "Nazwa i charakter imprezy", en: "Name and kind of event" }, maxLength: 300 },
          { key: "eventOrganiser", kind: "text", label: { pl: "Organizator imprezy", en: "Event organiser" }, maxLength: 300 },
          { key: "eventAddress", kind: "address", label: { pl: "Miejsce sprzedaży", en: "Place of sale" } },
          {
            key: "saleFrom",
            kind: "date",
            label: { pl: "Pierwszy dzień sprzedaży", en: "First day of sale" },
            errors: { required: { pl: "Podaj pierwszy dzień sprzedaży", en: "Enter the first day of sale" } },
            min: "today",
            max: { daysFromToday: 365 },
          },
          {
            key: "saleDays",
            kind: "radio",
            label: { pl: "Przez ile dni będzie trwała sprzedaż?", en: "For how many days will you sell?" },
            hint: { pl: "Jednorazowe zezwolenie obejmuje najwyżej 2 kolejne dni.", en: "A one-off licence covers at most 2 consecutive days." },
            options: [
              { value: "one", label: { pl: "1 dzień", en: "1 day" } },
              { value: "two", label: { pl: "2 dni", en: "2 days" } },
            ],
            errors: { required: { pl: "Wybierz, przez ile dni będzie trwała sprzedaż", en: "Select for how many days you will sell" } },
          },
          { key: "saleHours", kind: "text", label: { pl: "Godziny sprzedaży", en: "Hours of sale" }, hint: { pl: "Na przykład 14:00–23:00.", en: "For example, 14:00–23:00." }, maxLength: 100 },
          alcoholCategoriesField,
          { key: "responsiblePerson", kind: "text", label: { pl: "Osoba odpowiedzialna za sprzedaż", en: "Person responsible for the sale" }, maxLength: 200 },
          {
            key: "organiserConsent",
            kind: "file",
            label: { pl: "Zgoda organizatora imprezy", en: "Event organiser's consent" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
            errors: { required: { pl: "Dołącz zgodę organizatora imprezy", en: "Attach the organiser's consent" } },
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
