/**
 * Ustalenie numeru porządkowego budynku (art. 47a of the Geodetic and Cartographic Law). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const addressNumberAssignment = defineService({
  id: "address-number-assignment",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Nadanie numeru porządkowego budynku", en: "Getting an address number for a building" },
  summary: {
    pl: "Złóż wniosek o nadanie numeru porządkowego (adresu) nowemu lub budowanemu budynkowi.",
    en: "Apply for an address number for a new building or one under construction.",
  },
  whoCanApply: {
    pl: "Właściciel lub inny władający nieruchomością. Numer możesz uzyskać już w trakcie budowy; po jego nadaniu umieść tabliczkę z numerem na budynku.",
    en: "The owner or another holder of the property. You can get the number while the building is still under construction; once assigned, display the number plate on the building.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie działki, na której stoi budynek", en: "The plot on which the building stands" },
    { pl: "Mapę lub szkic z zaznaczonym budynkiem, jeśli na działce jest więcej budynków albo położenie nie jest oczywiste", en: "A map or sketch marking the building, if the plot has several buildings or its location is not obvious" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Nadanie numeru jest bezpłatne.", en: "Assigning a number is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd zawiadamia o nadanym numerze Ciebie, a także między innymi urząd skarbowy i sąd prowadzący księgę wieczystą.",
    en: "The office notifies you of the number, and also the tax office and the land register court, among others.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 47a)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Article 47a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6625",
  keywords: ["numer domu", "numer porządkowy", "adres nowego domu", "numeracja budynku"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "building",
        title: { pl: "Budynek", en: "The building" },
        fields: [
          plotsField,
          {
            key: "street",
            kind: "text",
            label: { pl: "Ulica, przy której stoi budynek", en: "Street the building is on" },
            hint: { pl: "Jeśli wjazd jest z innej ulicy niż adres działki, napisz to.", en: "If the entrance is from a different street, say so." },
            maxLength: 100,
          },
          {
            key: "buildingType",
            kind: "select",
            label: { pl: "Rodzaj budynku", en: "Type of building" },
            options: [
              { value: "single-family", label: { pl: "Mieszkalny jednorodzinny", en: "Detached house" } },
              { value: "multi-family", label: { pl: "Mieszkalny wielorodzinny", en: "Block of flats" } },
              { value: "commercial", label: { pl: "Usługowy lub handlowy", en: "Commercial" } },
              { value: "industrial", label: { pl: "Przemysłowy lub magazynowy", en: "Industrial or warehouse" } },
              { value: "other", label: { pl: "Inny", en: "Other" } },
            ],
          },
          {
            key: "buildingStatus",
            kind: "radio",
            label: { pl: "Stan budowy", en: "Construction status" },
            options: [
              { value: "under-construction", label: { pl: "W budowie", en: "Under construction" } },
              { value: "completed", label: { pl: "Zakończony", en: "Completed" } },
            ],
          },
          {
            key: "locationSketch",
            kind: "file",
            label: { pl: "Mapa lub szkic z zaznaczonym budynkiem", en: "Map or sketch marking the building" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić ewidencję miejscowości, ulic i adresów na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to keep the register of places, streets and addresses under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
