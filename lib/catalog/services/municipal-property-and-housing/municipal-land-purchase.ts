/**
 * Nabycie nieruchomości gminnej: a request to buy municipal land, usually without a tender to
 * improve an adjacent property (art. 37 ust. 2 pkt 6 of the Real Estate Management Act). A civil-law
 * matter, not an administrative decision. Data only.
 */
import { defineService } from "../../types";
import { applicantStep } from "./shared-fields";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const municipalLandPurchase = defineService({
  id: "municipal-land-purchase",
  version: 1,
  category: "municipal-property-and-housing",
  name: { pl: "Nabycie nieruchomości gminnej", en: "Buying municipal land" },
  summary: {
    pl: "Złóż wniosek o sprzedaż działki gminnej, na przykład w trybie bezprzetargowym, by poprawić warunki zagospodarowania Twojej sąsiedniej nieruchomości.",
    en: "Ask the municipality to sell you its land, for example without a tender to improve the use of your adjacent property.",
  },
  whoCanApply: {
    pl: "Każda osoba lub firma. Bez przetargu – między innymi właściciel lub użytkownik wieczysty nieruchomości przyległej, gdy działka gminna nie może być zagospodarowana jako odrębna nieruchomość.",
    en: "Any person or company. Without a tender – among others the owner or perpetual usufructuary of an adjacent property, when the municipal plot cannot be developed on its own.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie działki gminnej, którą chcesz kupić (identyfikator działki lub szkic)", en: "The identification of the municipal plot you want to buy (parcel identifier or a sketch)" },
    { pl: "Numer księgi wieczystej Twojej nieruchomości przyległej, jeśli chcesz kupić bez przetargu", en: "The land register number of your adjacent property, if you want to buy without a tender" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wniosek jest bezpłatny. Jeśli dojdzie do sprzedaży, płacisz cenę ustaloną przez gminę oraz zwykle koszty wyceny, podziału i umowy notarialnej.",
      en: "The application is free. If the sale goes ahead, you pay the price set by the municipality and usually the costs of valuation, division and the notarial deed.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Sprzedaż to umowa cywilnoprawna, więc ustawa nie wyznacza terminu na jej zawarcie. W ciągu miesiąca urząd odpowie, czy i w jakim trybie możliwa jest sprzedaż; cała procedura (wycena, wykaz na 21 dni, umowa notarialna) trwa zwykle kilka miesięcy.",
    en: "A sale is a civil-law contract, so the law sets no deadline for concluding it. Within a month the office will reply whether and how the land can be sold; the whole procedure (valuation, 21-day public list, notarial deed) usually takes several months.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami (art. 28, 34, 35 i 37)",
    en: "Act of 21 August 1997 on real estate management (Articles 28, 34, 35 and 37)",
  },
  departmentCode: "gn",
  jrwaClass: "6840", // JRWA: verify against the office's list
  keywords: ["kupno działki", "działka gminna", "sprzedaż bezprzetargowa", "wykup gruntu", "poprawa zagospodarowania"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "land",
        title: { pl: "Działka gminna", en: "The municipal plot" },
        fields: [
          {
            key: "parcelId",
            kind: "parcel-id",
            label: { pl: "Identyfikator działki gminnej", en: "Identifier of the municipal plot" },
            hint: { pl: "Na przykład 246601_1.0001.123/4. Jeśli chcesz kupić tylko część działki, zaznacz ją na szkicu.", en: "For example, 246601_1.0001.123/4. If you want only part of the plot, mark it on a sketch." },
          },
          { key: "landAddress", kind: "address", label: { pl: "Adres lub położenie działki", en: "Address or location of the plot" } },
          {
            key: "purchaseMode",
            kind: "radio",
            label: { pl: "W jakim trybie chcesz kupić działkę?", en: "How do you want to buy the plot?" },
            options: [
              { value: "adjacent-improvement", label: { pl: "Bez przetargu – poprawa zagospodarowania mojej nieruchomości przyległej", en: "Without a tender – to improve my adjacent property" } },
              { value: "tenant-or-lessee", label: { pl: "Bez przetargu – jako dzierżawca lub najemca tej działki", en: "Without a tender – as the lessee or tenant of this plot" }, hint: { pl: "Gdy umowa była zawarta na co najmniej 10 lat, a działka jest zabudowana na jej podstawie.", en: "When the agreement was for at least 10 years and you built on the plot under it." } },
              { value: "tender", label: { pl: "W przetargu – proszę o przeznaczenie działki do sprzedaży", en: "In a tender – I ask for the plot to be put up for sale" } },
            ],
            errors: { required: { pl: "Wybierz tryb nabycia", en: "Select how you want to buy the plot" } },
          },
          {
            key: "adjacentLandRegister",
            kind: "land-register",
            label: { pl: "Numer księgi wieczystej Twojej nieruchomości przyległej", en: "Land register number of your adjacent property" },
            showIf: { field: "purchaseMode", equals: "adjacent-improvement" },
          },
          {
            key: "justification",
            kind: "long-text",
            label: { pl: "Uzasadnienie wniosku", en: "Reasons for the application" },
            hint: { pl: "Napisz, jak chcesz wykorzystać działkę, na przykład: poszerzenie ogrodu, dojazd do garażu.", en: "Explain how you want to use the plot, for example: extending the garden, access to a garage." },
            maxLength: 2000,
            errors: { required: { pl: "Uzasadnij wniosek", en: "Give the reasons for your application" } },
          },
          { key: "sketch", kind: "file", label: { pl: "Szkic z zaznaczeniem działki lub jej części", en: "Sketch marking the plot or part of it" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "titleDocument", kind: "file", label: { pl: "Dokument potwierdzający Twoje prawo do nieruchomości przyległej", en: "Document showing your right to the adjacent property" }, hint: { pl: "Na przykład akt notarialny, jeśli nie masz jeszcze wpisu w księdze wieczystej.", en: "For example, a notarial deed, if you are not yet entered in the land register." }, optional: true, showIf: { field: "purchaseMode", equals: "adjacent-improvement" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o nabycie nieruchomości gminnej i przygotować umowę (art. 6 ust. 1 lit. b i e RODO). Podanie danych jest dobrowolne, ale bez nich nie rozpatrzymy wniosku. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to consider your request to buy municipal land and to prepare the contract (Article 6(1)(b) and (e) GDPR). Providing the data is voluntary, but without it we cannot consider the request. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
