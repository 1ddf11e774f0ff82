/**
 * Zawiadomienie o zbyciu lub nabyciu pojazdu (art. 78 ust. 2 of the Road Traffic Law). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { makeField, plateField, vinField } from "./shared-fields";

export const vehicleSaleNotification = defineService({
  id: "vehicle-sale-notification",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Zawiadomienie o sprzedaży lub kupnie pojazdu", en: "Notifying the sale or purchase of a vehicle" },
  summary: {
    pl: "Powiadom urząd, że sprzedałeś, podarowałeś lub kupiłeś pojazd zarejestrowany w Polsce.",
    en: "Tell the office that you have sold, given away or bought a vehicle registered in Poland.",
  },
  whoCanApply: {
    pl: "Dotychczasowy właściciel pojazdu zarejestrowanego w Polsce, który go sprzedał lub podarował, a także nabywca takiego pojazdu. Zawiadom urząd w ciągu 30 dni od dnia transakcji. Zawiadomienie o nabyciu nie zastępuje rejestracji pojazdu na nowego właściciela.",
    en: "The former owner of a vehicle registered in Poland who sold or gave it away, and the buyer of such a vehicle. Notify the office within 30 days of the transaction. Notifying a purchase does not replace registering the vehicle in the new owner's name.",
  },
  whatYouNeed: [
    { pl: "Numer rejestracyjny i numer VIN pojazdu", en: "The vehicle's registration number and VIN" },
    { pl: "Dane drugiej strony umowy: imię i nazwisko lub nazwę oraz adres", en: "The other party's name and address" },
    { pl: "Kopię umowy sprzedaży, faktury lub umowy darowizny", en: "A copy of the sales contract, invoice or deed of gift" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zawiadomienie jest bezpłatne.", en: "The notification is free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd wpisuje informację do centralnej ewidencji pojazdów niezwłocznie po otrzymaniu zawiadomienia. Za zawiadomienie po terminie starosta nakłada karę pieniężną.",
    en: "The office records the information in the central vehicle register as soon as it receives the notification. A late notification is fined by the district head.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 78 ust. 2)",
    en: "Act of 20 June 1997 – Road Traffic Law (Article 78(2))",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5430",
  keywords: ["zbycie pojazdu", "sprzedaż auta", "sprzedałem samochód", "kupno auta", "zgłoszenie sprzedaży"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "transaction",
        title: { pl: "Pojazd i transakcja", en: "Vehicle and transaction" },
        fields: [
          {
            key: "transactionType",
            kind: "radio",
            label: { pl: "Co zgłaszasz?", en: "What are you notifying?" },
            options: [
              { value: "sale", label: { pl: "Sprzedałem/sprzedałam lub podarowałem/podarowałam pojazd", en: "I sold or gave away the vehicle" } },
              { value: "purchase", label: { pl: "Kupiłem/kupiłam lub otrzymałem/otrzymałam pojazd", en: "I bought or received the vehicle" } },
            ],
            errors: { required: { pl: "Wybierz, co zgłaszasz", en: "Select what you are notifying" } },
          },
          plateField, vinField, makeField,
          {
            key: "transactionDate",
            kind: "date",
            label: { pl: "Data zawarcia umowy", en: "Date of the contract" },
            min: { date: "2000-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę zawarcia umowy", en: "Enter the date of the contract" } },
          },
          {
            key: "counterpartyName",
            kind: "text",
            label: { pl: "Imię i nazwisko lub nazwa drugiej strony", en: "Name of the other party" },
            maxLength: 200,
            errors: { required: { pl: "Podaj imię i nazwisko lub nazwę drugiej strony umowy", en: "Enter the other party's name" } },
          },
          { key: "counterpartyAddress", kind: "address", label: { pl: "Adres drugiej strony", en: "Address of the other party" } },
          {
            key: "contractCopy",
            kind: "file",
            label: { pl: "Kopia umowy lub faktury", en: "Copy of the contract or invoice" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić centralną ewidencję pojazdów na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to keep the central vehicle register under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
