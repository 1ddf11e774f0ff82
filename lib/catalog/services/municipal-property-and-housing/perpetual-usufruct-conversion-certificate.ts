/**
 * Zaświadczenie o przekształceniu prawa użytkowania wieczystego we własność: the certificate
 * issued on request under the 2018 conversion act (art. 4), for a fee of 50 zł. Data only.
 */
import { defineService } from "../../types";
import { powerOfAttorneyField } from "../shared/applicant";
import { applicantStep } from "./shared-fields";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const perpetualUsufructConversionCertificate = defineService({
  id: "perpetual-usufruct-conversion-certificate",
  version: 1,
  category: "municipal-property-and-housing",
  name: {
    pl: "Zaświadczenie o przekształceniu użytkowania wieczystego we własność",
    en: "Certificate of conversion of perpetual usufruct into ownership",
  },
  summary: {
    pl: "Otrzymaj zaświadczenie potwierdzające, że grunt pod Twoim domem lub mieszkaniem stał się Twoją własnością 1 stycznia 2019 r.",
    en: "Get a certificate confirming that the land under your house or flat became your property on 1 January 2019.",
  },
  whoCanApply: {
    pl: "Właściciel gruntu zabudowanego na cele mieszkaniowe, który 31 grudnia 2018 r. był w użytkowaniu wieczystym, w tym właściciel lokalu w budynku wielolokalowym, albo jego następca prawny.",
    en: "The owner of residential land that was held in perpetual usufruct on 31 December 2018, including the owner of a flat in a block, or their legal successor.",
  },
  whatYouNeed: [
    { pl: "Numer księgi wieczystej gruntu lub lokalu", en: "The land register number of the land or the flat" },
    { pl: "Dowód zapłaty 50 zł za zaświadczenie", en: "Proof of paying the 50 zł certificate fee" },
    { pl: "Dokument nabycia prawa (na przykład akt notarialny lub postanowienie o stwierdzeniu nabycia spadku), jeśli nie jesteś ujawniony w księdze wieczystej", en: "The document by which you acquired the right (such as a notarial deed or an inheritance order), if you are not entered in the land register" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 5000,
    note: {
      pl: "Opłata za zaświadczenie wydawane na wniosek wynosi 50 zł (art. 4 ustawy o przekształceniu). Zaświadczenie wydane z urzędu jest bezpłatne.",
      en: "A certificate issued on request costs 50 zł (Article 4 of the Conversion Act). A certificate issued by the office of its own motion is free.",
    },
  },
  deadline: { kind: "months", months: 4 },
  deadlineNote: {
    pl: "Jeśli zaświadczenie jest potrzebne do sprzedaży lub obciążenia nieruchomości, urząd wydaje je w ciągu 30 dni.",
    en: "If you need the certificate to sell or mortgage the property, the office issues it within 30 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 lipca 2018 r. o przekształceniu prawa użytkowania wieczystego gruntów zabudowanych na cele mieszkaniowe w prawo własności tych gruntów (art. 4)",
    en: "Act of 20 July 2018 on converting perpetual usufruct of land built up for housing into ownership (Article 4)",
  },
  departmentCode: "gn",
  jrwaClass: "6826", // JRWA: verify against the office's list
  keywords: ["użytkowanie wieczyste", "przekształcenie", "zaświadczenie o przekształceniu", "własność gruntu", "wieczyste"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "property",
        title: { pl: "Nieruchomość", en: "The property" },
        fields: [
          {
            key: "propertyType",
            kind: "radio",
            label: { pl: "Czego dotyczy zaświadczenie?", en: "What is the certificate for?" },
            options: [
              { value: "house", label: { pl: "Działki z domem jednorodzinnym", en: "A plot with a single-family house" } },
              { value: "flat", label: { pl: "Udziału w gruncie związanego z lokalem w budynku wielolokalowym", en: "A share in the land attached to a flat in a block" } },
            ],
            errors: { required: { pl: "Wybierz, czego dotyczy zaświadczenie", en: "Select what the certificate is for" } },
          },
          { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości lub lokalu", en: "Address of the property or flat" } },
          {
            key: "parcelId",
            kind: "parcel-id",
            label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral parcel identifier" },
            hint: { pl: "Na przykład 246601_1.0001.123/4. Przy kilku działkach podaj jedną, a pozostałe w uwagach.", en: "For example, 246601_1.0001.123/4. For several plots, give one and list the others in the remarks." },
            optional: true,
          },
          {
            key: "landRegister",
            kind: "land-register",
            label: { pl: "Numer księgi wieczystej", en: "Land register number" },
            hint: { pl: "Przy lokalu podaj księgę wieczystą lokalu.", en: "For a flat, give the flat's land register number." },
            errors: { required: { pl: "Podaj numer księgi wieczystej", en: "Enter the land register number" } },
          },
          {
            key: "forSaleOrMortgage",
            kind: "yes-no",
            label: { pl: "Czy zaświadczenie jest potrzebne do sprzedaży lub obciążenia nieruchomości?", en: "Do you need the certificate to sell or mortgage the property?" },
            hint: { pl: "Wtedy urząd wyda je w ciągu 30 dni.", en: "The office will then issue it within 30 days." },
          },
          { key: "remarks", kind: "long-text", label: { pl: "Uwagi", en: "Remarks" }, optional: true, maxLength: 1000 },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "feeReceipt", kind: "file", label: { pl: "Dowód zapłaty 50 zł", en: "Proof of paying 50 zł" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
          { key: "titleDocument", kind: "file", label: { pl: "Dokument nabycia prawa", en: "Document of acquisition" }, hint: { pl: "Tylko jeśli nie jesteś wpisany lub wpisana do księgi wieczystej.", en: "Only if you are not entered in the land register." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          powerOfAttorneyField,
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby wydać zaświadczenie na podstawie ustawy o przekształceniu prawa użytkowania wieczystego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to issue the certificate under the Conversion Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
