/**
 * Tablice indywidualne: personalised registration plates for a registered vehicle. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { makeField, vinField } from "./shared-fields";

export const customRegistrationPlates = defineService({
  id: "custom-registration-plates",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Indywidualne tablice rejestracyjne", en: "Personalised registration plates" },
  summary: {
    pl: "Zamów tablice rejestracyjne z wybranym przez siebie układem znaków.",
    en: "Order registration plates with a combination of characters you choose.",
  },
  whoCanApply: {
    pl: "Właściciel pojazdu, który rejestruje pojazd lub ma go już zarejestrowanego. Wyróżnik indywidualny to od 3 do 5 znaków (pierwszy musi być literą), umieszczonych po symbolu województwa i cyfrze.",
    en: "The owner of a vehicle being registered or already registered. The personalised part is 3 to 5 characters (the first must be a letter), placed after the province's letter and a digit.",
  },
  whatYouNeed: [
    { pl: "Dowód rejestracyjny pojazdu", en: "The vehicle's registration certificate" },
    { pl: "Proponowany układ znaków (i ewentualnie wariant zapasowy)", en: "The combination you want (and a back-up)" },
  ],
  fee: {
    amountGrosze: 100000,
    note: {
      pl: "1000 zł za tablice indywidualne. Do tego opłaty za nowy dowód rejestracyjny (54,50 zł), pozwolenie czasowe i nalepkę kontrolną.",
      en: "1,000 zł for personalised plates, plus the fees for a new registration certificate (54.50 zł), a temporary permit and a control sticker.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd sprawdza, czy układ znaków jest wolny, i zamawia tablice; ich wykonanie trwa zwykle kilka tygodni.",
    en: "The office checks that the combination is free and orders the plates; making them usually takes a few weeks.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (przepisy o rejestracji i oznaczaniu pojazdów)",
    en: "Act of 20 June 1997 – Road Traffic Law (provisions on registering and marking vehicles)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5430",
  keywords: ["tablice indywidualne", "spersonalizowane tablice", "własny numer rejestracyjny", "tablice z napisem"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "plates",
        title: { pl: "Pojazd i tablice", en: "Vehicle and plates" },
        fields: [
          vinField, makeField,
          {
            key: "currentPlate",
            kind: "vehicle-registration",
            label: { pl: "Obecny numer rejestracyjny", en: "Current registration number" },
            hint: { pl: "Pomiń, jeśli pojazd nie jest jeszcze zarejestrowany.", en: "Leave blank if the vehicle is not registered yet." },
            optional: true,
          },
          {
            key: "requestedCombination",
            kind: "text",
            label: { pl: "Wyróżnik indywidualny", en: "Personalised combination" },
            hint: { pl: "Od 3 do 5 znaków, na przykład KASIA. Bez polskich liter.", en: "3 to 5 characters, for example KASIA. No Polish letters." },
            maxLength: 5,
            errors: { required: { pl: "Podaj wybrany układ znaków", en: "Enter the combination you want" } },
          },
          {
            key: "alternativeCombination",
            kind: "text",
            label: { pl: "Wariant zapasowy", en: "Back-up combination" },
            optional: true,
            maxLength: 5,
          },
          {
            key: "plateSize",
            kind: "radio",
            label: { pl: "Rozmiar tablic", en: "Plate size" },
            options: [
              { value: "standard", label: { pl: "Jednorzędowe (standardowe)", en: "Single-row (standard)" } },
              { value: "two-row", label: { pl: "Dwurzędowe", en: "Two-row" } },
              { value: "motorcycle", label: { pl: "Motocyklowe", en: "Motorcycle" } },
            ],
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę wydania tablic rejestracyjnych na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the issue of registration plates under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
