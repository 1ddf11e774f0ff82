/**
 * Wykup lokalu mieszkalnego z zasobu gminy: a tenant's request to buy the municipal flat they rent,
 * with priority (art. 34 ust. 1 pkt 3) and a discount under the council's resolution (art. 68).
 * A civil-law sale. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const municipalFlatPurchase = defineService({
  id: "municipal-flat-purchase",
  version: 1,
  category: "municipal-property-and-housing",
  name: { pl: "Wykup mieszkania komunalnego przez najemcę", en: "Buying the municipal flat you rent" },
  summary: {
    pl: "Złóż wniosek o kupno mieszkania komunalnego, które wynajmujesz, z bonifikatą, jeśli przewiduje ją uchwała rady gminy.",
    en: "Apply to buy the municipal flat you rent, with a discount if the municipal council's resolution provides one.",
  },
  whoCanApply: {
    pl: "Najemca lokalu mieszkalnego z zasobu gminy, który ma umowę najmu na czas nieoznaczony i nie zalega z opłatami. Szczegółowe warunki określa uchwała rady gminy.",
    en: "A tenant of a municipal flat with an open-ended tenancy agreement and no rent arrears. The detailed conditions are set by the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Numer i datę umowy najmu", en: "The number and date of your tenancy agreement" },
    { pl: "Zaświadczenie zarządcy o niezaleganiu z czynszem i opłatami, jeśli wymaga go uchwała", en: "The manager's certificate of no rent arrears, if the resolution requires it" },
    { pl: "Zgodę pozostałych pełnoletnich osób wspólnie zamieszkujących na wykup, jeśli wymaga jej uchwała", en: "Consent to the purchase from the other adults living with you, if the resolution requires it" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wniosek jest bezpłatny. Przy zakupie płacisz cenę lokalu (po bonifikacie), zwykle koszt wyceny oraz koszty notarialne i sądowe.",
      en: "The application is free. When buying, you pay the flat's price (after any discount), usually the valuation cost, and notarial and court fees.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Sprzedaż to umowa cywilnoprawna, więc ustawa nie wyznacza terminu. W ciągu miesiąca urząd odpowie, czy lokal może zostać sprzedany; wycena, wykaz na 21 dni i umowa notarialna trwają zwykle kilka miesięcy.",
    en: "A sale is a civil-law contract, so the law sets no deadline. Within a month the office will reply whether the flat can be sold; valuation, the 21-day public list and the notarial deed usually take several months.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 sierpnia 1997 r. o gospodarce nieruchomościami (art. 34 ust. 1 pkt 3, art. 37 ust. 2 pkt 1, art. 68 ust. 1 pkt 7) oraz uchwała rady gminy w sprawie sprzedaży lokali",
    en: "Act of 21 August 1997 on real estate management (Article 34(1)(3), Article 37(2)(1), Article 68(1)(7)) and the municipal council's resolution on selling flats",
  },
  departmentCode: "gn",
  jrwaClass: "6840", // JRWA: verify against the office's list
  keywords: ["wykup mieszkania", "mieszkanie komunalne", "bonifikata", "kupno lokalu", "najemca"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields, ...contactFields,
          {
            key: "coBuyers",
            kind: "group",
            label: { pl: "Osoby kupujące razem z Tobą", en: "People buying with you" },
            hint: { pl: "Na przykład małżonek, który ma być współwłaścicielem. Zostaw puste, jeśli kupujesz sam lub sama.", en: "For example, a spouse who will co-own the flat. Leave empty if you are buying alone." },
            optional: true,
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            maxItems: 5,
            fields: [
              { key: "coBuyerName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "coBuyerPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
            ],
          },
        ],
      },
      {
        id: "flat",
        title: { pl: "Lokal i umowa najmu", en: "The flat and the tenancy" },
        fields: [
          { key: "flatAddress", kind: "address", label: { pl: "Adres lokalu", en: "Address of the flat" } },
          { key: "leaseNumber", kind: "text", label: { pl: "Numer umowy najmu", en: "Tenancy agreement number" }, maxLength: 100 },
          { key: "leaseDate", kind: "date", label: { pl: "Data zawarcia umowy najmu", en: "Date of the tenancy agreement" }, min: { date: "1950-01-01" }, max: "today" },
          {
            key: "openEndedLease",
            kind: "yes-no",
            label: { pl: "Czy umowa najmu jest zawarta na czas nieoznaczony?", en: "Is the tenancy agreement open-ended?" },
            hint: { pl: "Pierwszeństwo w nabyciu ma najemca z umową na czas nieoznaczony.", en: "A tenant with an open-ended agreement has priority to buy." },
          },
          {
            key: "discountRequested",
            kind: "yes-no",
            label: { pl: "Czy wnosisz o bonifikatę od ceny?", en: "Are you asking for a discount on the price?" },
            hint: { pl: "Wysokość bonifikaty i jej warunki określa uchwała rady gminy.", en: "The amount and conditions of the discount are set by the council's resolution." },
          },
          { key: "noArrearsCertificate", kind: "file", label: { pl: "Zaświadczenie o niezaleganiu z czynszem", en: "Certificate of no rent arrears" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
          { key: "householdConsent", kind: "file", label: { pl: "Zgoda pełnoletnich osób wspólnie zamieszkujących", en: "Consent of adults living with you" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby rozpatrzyć wniosek o wykup lokalu i przygotować umowę sprzedaży (art. 6 ust. 1 lit. b i e RODO). Podanie danych jest dobrowolne, ale bez nich nie rozpatrzymy wniosku. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to consider your request to buy the flat and to prepare the sale contract (Article 6(1)(b) and (e) GDPR). Providing the data is voluntary, but without it we cannot consider the request. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
