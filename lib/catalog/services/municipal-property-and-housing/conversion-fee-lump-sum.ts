/**
 * Zgłoszenie zamiaru wniesienia jednorazowej opłaty przekształceniowej: the owner's written notice
 * under art. 7 of the 2018 conversion act; the office replies with the amount due. Data only.
 */
import { defineService } from "../../types";
import { applicantStep } from "./shared-fields";
import { optionalParcelIdField } from "../shared/property";

export const conversionFeeLumpSum = defineService({
  id: "conversion-fee-lump-sum",
  version: 1,
  category: "municipal-property-and-housing",
  name: {
    pl: "Jednorazowa opłata przekształceniowa – zgłoszenie zamiaru wniesienia",
    en: "One-off conversion fee – notice of intent to pay",
  },
  summary: {
    pl: "Zgłoś, że chcesz spłacić opłatę przekształceniową jednorazowo – urząd poda Ci kwotę do zapłaty, z bonifikatą, jeśli przewiduje ją uchwała rady.",
    en: "Tell the office you want to pay off the conversion fee in one sum – it will tell you the amount, with a discount if the council's resolution provides one.",
  },
  whoCanApply: {
    pl: "Właściciel gruntu przekształconego z użytkowania wieczystego 1 stycznia 2019 r., który wnosi roczną opłatę przekształceniową.",
    en: "The owner of land converted from perpetual usufruct on 1 January 2019 who pays the annual conversion fee.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości i numer księgi wieczystej", en: "The property's address and land register number" },
    { pl: "Zaświadczenie o przekształceniu lub jego znak, jeśli je masz", en: "The conversion certificate or its reference, if you have it" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Zgłoszenie jest bezpłatne. Kwotę opłaty jednorazowej i ewentualną bonifikatę urząd poda w odpowiedzi.",
      en: "The notice is free. The office will give the one-off amount and any discount in its reply.",
    },
  },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Urząd informuje na piśmie o wysokości opłaty jednorazowej w ciągu 30 dni od otrzymania zgłoszenia.",
    en: "The office tells you in writing how much the one-off fee is within 30 days of receiving the notice.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 lipca 2018 r. o przekształceniu prawa użytkowania wieczystego gruntów zabudowanych na cele mieszkaniowe w prawo własności tych gruntów (art. 7)",
    en: "Act of 20 July 2018 on converting perpetual usufruct of land built up for housing into ownership (Article 7)",
  },
  departmentCode: "gn",
  jrwaClass: "6826", // JRWA: verify against the office's list
  keywords: ["opłata przekształceniowa", "spłata jednorazowa", "bonifikata", "użytkowanie wieczyste", "wykup gruntu"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "property",
        title: { pl: "Nieruchomość i opłata", en: "The property and the fee" },
        fields: [
          { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości lub lokalu", en: "Address of the property or flat" } },
          { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" }, hint: { pl: "Przy lokalu podaj księgę wieczystą lokalu.", en: "For a flat, give the flat's land register number." } },
          optionalParcelIdField,
          { key: "certificateRef", kind: "text", label: { pl: "Znak zaświadczenia o przekształceniu", en: "Reference of the conversion certificate" }, optional: true, maxLength: 100 },
          {
            key: "discountRequested",
            kind: "yes-no",
            label: { pl: "Czy wnosisz o bonifikatę od opłaty jednorazowej?", en: "Are you asking for a discount on the one-off fee?" },
            hint: { pl: "Bonifikata przysługuje na zasadach z uchwały rady gminy (dla gruntów gminnych) lub z ustawy (dla gruntów Skarbu Państwa).", en: "A discount applies under the municipal council's resolution (municipal land) or the Act (State Treasury land)." },
          },
          {
            key: "plannedPaymentDate",
            kind: "date",
            label: { pl: "Kiedy planujesz zapłacić?", en: "When do you plan to pay?" },
            hint: { pl: "Wysokość bonifikaty może zależeć od roku wpłaty.", en: "The discount may depend on the year you pay." },
            optional: true,
            min: "today",
            max: { daysFromToday: 730 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz zgłoszenie. Przetwarzamy je, aby ustalić opłatę jednorazową na podstawie ustawy o przekształceniu prawa użytkowania wieczystego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you notify. We process the data to set the one-off fee under the Conversion Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą i aktualne.", en: "I declare that the information in this notice is true and up to date." },
          },
        ],
      },
    ],
  },
});
