/**
 * Identyfikator (abonament) mieszkańca strefy płatnego parkowania: the council sets the zone, the
 * rates and residents' subscriptions by resolution (art. 13b of the Public Roads Act). Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";

export const residentsParkingPermit = defineService({
  id: "residents-parking-permit",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Abonament mieszkańca strefy płatnego parkowania", en: "Residents' parking permit in the paid parking zone" },
  summary: {
    pl: "Złóż wniosek o identyfikator mieszkańca, który pozwala parkować w Twojej podstrefie płatnego parkowania za abonament.",
    en: "Apply for a resident's permit that lets you park in your paid parking sub-zone for a subscription fee.",
  },
  whoCanApply: {
    pl: "Mieszkaniec strefy płatnego parkowania, który jest właścicielem, współwłaścicielem lub użytkownikiem samochodu (na przykład w leasingu lub samochodu służbowego) – na zasadach z uchwały rady.",
    en: "A resident of the paid parking zone who owns, co-owns or uses a car (for example leased or a company car) – under the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Numer rejestracyjny samochodu i dowód rejestracyjny", en: "The car's registration number and its registration certificate" },
    { pl: "Umowę leasingu lub zgodę pracodawcy, jeśli samochód nie jest Twoją własnością", en: "The leasing agreement or your employer's consent, if you do not own the car" },
    { pl: "Dowód zapłaty abonamentu, jeśli uchwała wymaga zapłaty przed wydaniem identyfikatora", en: "Proof of paying the subscription, if the resolution requires payment before issue" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Za złożenie wniosku nie płacisz. Wysokość abonamentu mieszkańca określa uchwała rady gminy; urząd poda kwotę przed wydaniem identyfikatora.",
      en: "Filing is free. The resident's subscription is set by the council's resolution; the office will tell you the amount before issuing the permit.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Identyfikator to nie decyzja administracyjna, więc ustawa nie wyznacza terminu; zwykle jest wydawany w ciągu kilku dni. Abonament obowiązuje od dnia wskazanego w identyfikatorze.",
    en: "The permit is not an administrative decision, so the law sets no deadline; it is usually issued within a few days. The subscription is valid from the date on the permit.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 marca 1985 r. o drogach publicznych (art. 13 ust. 1 pkt 1, art. 13b) oraz uchwała rady gminy w sprawie strefy płatnego parkowania",
    en: "Act of 21 March 1985 on public roads (Article 13(1)(1), Article 13b) and the council's resolution on the paid parking zone",
  },
  departmentCode: "zd",
  jrwaClass: "7236", // JRWA: verify against the office's list
  keywords: ["abonament parkingowy", "strefa płatnego parkowania", "identyfikator mieszkańca", "parkowanie", "karta mieszkańca"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          { key: "address", kind: "address", label: { pl: "Adres zamieszkania w strefie", en: "Your home address in the zone" } },
          ...contactFields,
        ],
      },
      {
        id: "vehicle",
        title: { pl: "Samochód i abonament", en: "The car and the subscription" },
        fields: [
          { key: "registrationNumber", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny samochodu", en: "Car registration number" }, errors: { required: { pl: "Podaj numer rejestracyjny samochodu", en: "Enter the car's registration number" } } },
          {
            key: "vehicleTitle",
            kind: "radio",
            label: { pl: "Na jakiej podstawie korzystasz z samochodu?", en: "On what basis do you use the car?" },
            options: [
              { value: "owner", label: { pl: "Jestem właścicielem lub współwłaścicielem", en: "I own or co-own it" } },
              { value: "leasing", label: { pl: "Leasing lub kredyt", en: "Leasing or a loan" } },
              { value: "company-car", label: { pl: "Samochód służbowy", en: "A company car" } },
            ],
            errors: { required: { pl: "Wybierz, na jakiej podstawie korzystasz z samochodu", en: "Select on what basis you use the car" } },
          },
          { key: "subZone", kind: "text", label: { pl: "Podstrefa", en: "Sub-zone" }, hint: { pl: "Oznaczenie podstrefy, w której mieszkasz, na przykład A1 – znajdziesz je na parkomacie lub mapie strefy.", en: "The sub-zone where you live, for example A1 – see the parking meter or the zone map." }, maxLength: 20 },
          {
            key: "period",
            kind: "radio",
            label: { pl: "Na jaki okres?", en: "For how long?" },
            options: [
              { value: "month", label: { pl: "Miesiąc", en: "One month" } },
              { value: "quarter", label: { pl: "Kwartał", en: "One quarter" } },
              { value: "half-year", label: { pl: "Pół roku", en: "Six months" } },
              { value: "year", label: { pl: "Rok", en: "One year" } },
            ],
            errors: { required: { pl: "Wybierz okres abonamentu", en: "Select the subscription period" } },
          },
          { key: "startDate", kind: "date", label: { pl: "Od kiedy abonament ma obowiązywać?", en: "When should the subscription start?" }, min: "today", max: { daysFromToday: 90 } },
          { key: "registrationCertificate", kind: "file", label: { pl: "Dowód rejestracyjny samochodu", en: "Car registration certificate" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "useDocument", kind: "file", label: { pl: "Umowa leasingu lub zgoda pracodawcy", en: "Leasing agreement or employer's consent" }, showIf: { field: "vehicleTitle", notEquals: "owner" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest zarządca drogi – wójt, burmistrz lub prezydent miasta, w imieniu którego działa urząd lub zarząd dróg. Przetwarzamy je, aby wydać identyfikator i kontrolować opłaty w strefie płatnego parkowania na podstawie ustawy o drogach publicznych (art. 6 ust. 1 lit. c i e RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the road manager – the mayor on whose behalf the office or roads authority acts. We process the data to issue the permit and check payments in the paid parking zone under the Public Roads Act (Article 6(1)(c) and (e) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że mieszkam w strefie płatnego parkowania pod podanym adresem, a dane podane we wniosku są zgodne z prawdą.", en: "I declare that I live in the paid parking zone at the given address and that the information in this application is true." },
          },
        ],
      },
    ],
  },
});
