/**
 * Zgłoszenie prac geodezyjnych by a surveying contractor (art. 12 of the Geodetic and Cartographic
 * Law). Data only.
 */
import { defineService } from "../../types";
import { contactWithHintFields, identityFields } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const geodeticWorksNotification = defineService({
  id: "geodetic-works-notification",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Zgłoszenie prac geodezyjnych", en: "Notifying surveying works" },
  summary: {
    pl: "Zgłoś prace geodezyjne przed ich rozpoczęciem i zamów potrzebne materiały zasobu.",
    en: "Notify surveying works before you start them and order the resource materials you need.",
  },
  whoCanApply: {
    pl: "Wykonawca prac geodezyjnych – geodeta lub firma geodezyjna; kierownik prac musi mieć uprawnienia zawodowe.",
    en: "A surveying contractor – a surveyor or surveying firm; the works manager must hold a professional licence.",
  },
  whatYouNeed: [
    { pl: "Numer uprawnień zawodowych kierownika prac", en: "The works manager's professional licence number" },
    { pl: "Rodzaj i cel prac oraz obszar (działki, obręb) ze szkicem", en: "The type and purpose of the works and the area (plots, precinct) with a sketch" },
    { pl: "Listę potrzebnych materiałów zasobu", en: "A list of the resource materials you need" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Samo zgłoszenie jest bezpłatne. Za udostępnione materiały zasobu urząd pobiera opłatę obliczoną w Dokumencie Obliczenia Opłaty.",
      en: "The notification itself is free. The office charges for the resource materials, as set out in a fee calculation document.",
    },
  },
  deadline: { kind: "days", days: 14 },
  deadlineNote: {
    pl: "Urząd uzgadnia listę materiałów w ciągu 10 dni roboczych od zgłoszenia, a udostępnia je najpóźniej 5 dni roboczych po wniesieniu opłaty.",
    en: "The office agrees the list of materials within 10 working days of the notification and provides them no later than 5 working days after the fee is paid.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 12)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Article 12)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6640",
  keywords: ["zgłoszenie pracy geodezyjnej", "geodeta", "materiały zasobu", "operat"],
  form: {
    version: 1,
    steps: [
      {
        id: "contractor",
        title: { pl: "Dane wykonawcy", en: "Contractor's details" },
        fields: [
          ...identityFields,
          { key: "companyName", kind: "text", label: { pl: "Nazwa wykonawcy", en: "Contractor's name" }, maxLength: 300, autocomplete: "organization" },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax number (NIP)" } },
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "REGON" }, optional: true },
          { key: "companyAddress", kind: "address", label: { pl: "Adres wykonawcy", en: "Contractor's address" } },
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer uprawnień zawodowych kierownika prac", en: "Works manager's licence number" },
            maxLength: 30,
            errors: { required: { pl: "Podaj numer uprawnień zawodowych", en: "Enter the licence number" } },
          },
          ...contactWithHintFields,
        ],
      },
      {
        id: "works",
        title: { pl: "Prace", en: "The works" },
        fields: [
          {
            key: "workPurpose",
            kind: "select",
            label: { pl: "Cel prac", en: "Purpose of the works" },
            options: [
              { value: "design-map", label: { pl: "Mapa do celów projektowych", en: "Map for design purposes" } },
              { value: "as-built", label: { pl: "Geodezyjna inwentaryzacja powykonawcza", en: "As-built survey" } },
              { value: "division", label: { pl: "Podział nieruchomości", en: "Property division" } },
              { value: "boundary", label: { pl: "Wznowienie lub wyznaczenie punktów granicznych", en: "Re-establishing boundary points" } },
              { value: "demarcation", label: { pl: "Rozgraniczenie", en: "Demarcation" } },
              { value: "setting-out", label: { pl: "Tyczenie obiektów", en: "Setting out structures" } },
              { value: "egib-update", label: { pl: "Aktualizacja ewidencji gruntów i budynków", en: "Updating the land and building register" } },
              { value: "other", label: { pl: "Inny", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz cel prac", en: "Select the purpose of the works" } },
          },
          {
            key: "area",
            kind: "long-text",
            label: { pl: "Obszar prac", en: "Area of the works" },
            hint: { pl: "Obręby i numery działek.", en: "Precincts and plot numbers." },
            maxLength: 2000,
          },
          {
            key: "plannedPeriod",
            kind: "date-range",
            label: { pl: "Planowany okres prac", en: "Planned period of the works" },
            min: "today",
            max: { daysFromToday: 1095 },
          },
          {
            key: "materialsList",
            kind: "long-text",
            label: { pl: "Potrzebne materiały zasobu", en: "Resource materials needed" },
            maxLength: 2000,
          },
          {
            key: "areaSketch",
            kind: "file",
            label: { pl: "Szkic obszaru prac (lub plik z granicą obszaru)", en: "Sketch of the area (or a boundary file)" },
            accept: ["pdf", "jpg", "png", "txt"],
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby zarejestrować zgłoszenie prac i udostępnić materiały zasobu na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to register the notification and provide resource materials under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
