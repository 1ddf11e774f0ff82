/**
 * Zaświadczenie na krajowy transport drogowy na potrzeby własne i wypisy z niego, one per vehicle
 * (art. 33 of the Road Transport Act). The fee depends on the number of vehicles. Data only.
 */
import { defineService } from "../../types";
import { contactWithHintFields, identityFields } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const ownAccountRoadTransportCertificate = defineService({
  id: "own-account-road-transport-certificate",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Zaświadczenie na przewozy drogowe na potrzeby własne", en: "Certificate for own-account road transport" },
  summary: {
    pl: "Uzyskaj zaświadczenie i wypisy na każdy pojazd, którym firma przewozi własne rzeczy lub pracowników.",
    en: "Get the certificate, with a copy for each vehicle, that lets a business carry its own goods or staff.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca z siedzibą na terenie miasta, który przewozi osoby lub rzeczy na potrzeby własnej działalności (na przykład pracowników albo własny towar), pojazdami, do których ma tytuł prawny.",
    en: "A business based in the city that carries people or goods for its own activity (for example, its staff or its own products) in vehicles it has a right to use.",
  },
  whatYouNeed: [
    { pl: "Dane firmy: NIP, REGON, numer KRS, jeśli firma jest w KRS", en: "Company details: NIP, REGON, and the KRS number if the company is in the KRS" },
    { pl: "Numer rejestracyjny, VIN i tytuł prawny (własność, leasing, najem) każdego pojazdu", en: "The registration number, VIN and legal title (ownership, lease, rental) of each vehicle" },
    { pl: "Dowody rejestracyjne pojazdów i umowy leasingu lub najmu, jeśli pojazd nie jest własnością firmy", en: "The vehicles' registration certificates and the lease or rental agreements if the business does not own them" },
  ],
  fee: {
    amountGrosze: 60000,
    note: {
      pl: "500 zł za zaświadczenie i 100 zł za wypis na każdy pojazd – kwotę obliczymy we wniosku (600 zł przy jednym pojeździe).",
      en: "500 zł for the certificate and 100 zł for a copy for each vehicle – the form calculates the amount (600 zł for one vehicle).",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 6 września 2001 r. o transporcie drogowym (art. 33)",
    en: "Act of 6 September 2001 on road transport (Article 33)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5420",
  keywords: ["przewozy na potrzeby własne", "zaświadczenie przewoźnika", "wypis na pojazd", "transport firmowy"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: {
          pl: "Podaj dane osoby, która składa wniosek w imieniu firmy, oraz dane firmy.",
          en: "Enter the details of the person applying on behalf of the business, and of the business.",
        },
        fields: [
          ...identityFields,
          { key: "role", kind: "text", label: { pl: "Funkcja w firmie", en: "Role in the business" }, hint: { pl: "Na przykład właściciel, członek zarządu, pełnomocnik.", en: "For example, owner, board member, proxy." }, maxLength: 100 },
          { key: "companyName", kind: "text", label: { pl: "Pełna nazwa firmy", en: "Full business name" }, maxLength: 300, autocomplete: "organization" },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax number (NIP)" } },
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "REGON" } },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "KRS number" }, hint: { pl: "Pomiń, jeśli firma jest wpisana do CEIDG.", en: "Leave blank if the business is in CEIDG." }, optional: true },
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby", en: "Registered address" } },
          ...contactWithHintFields,
        ],
      },
      {
        id: "transport",
        title: { pl: "Przewozy i pojazdy", en: "Transport and vehicles" },
        fields: [
          {
            key: "transportType",
            kind: "checkboxes",
            label: { pl: "Co będziesz przewozić?", en: "What will you carry?" },
            options: [
              { value: "goods", label: { pl: "Rzeczy", en: "Goods" } },
              { value: "people", label: { pl: "Osoby", en: "People" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj przewozów", en: "Select what you will carry" } },
          },
          {
            key: "activityDescription",
            kind: "long-text",
            label: { pl: "Jak przewozy są związane z działalnością firmy?", en: "How is the transport linked to the business's activity?" },
            maxLength: 1000,
          },
          {
            key: "vehicles",
            kind: "group",
            label: { pl: "Pojazdy", en: "Vehicles" },
            hint: { pl: "Na każdy pojazd wydamy osobny wypis.", en: "Each vehicle gets its own copy of the certificate." },
            itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
            minItems: 1,
            maxItems: 50,
            fields: [
              { key: "vehiclePlate", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } },
              { key: "vehicleVin", kind: "vin", label: { pl: "Numer VIN", en: "VIN" } },
              {
                key: "vehicleTitle",
                kind: "select",
                label: { pl: "Tytuł prawny", en: "Legal title" },
                options: [
                  { value: "owned", label: { pl: "Własność", en: "Owned" } },
                  { value: "lease", label: { pl: "Leasing", en: "Lease" } },
                  { value: "rental", label: { pl: "Najem lub użyczenie", en: "Rental or free use" } },
                ],
              },
            ],
          },
          {
            key: "fee",
            kind: "computed",
            label: { pl: "Opłata", en: "Fee" },
            format: "money",
            expression: { sum: [{ const: 50000 }, { product: [{ count: "vehicles" }, { const: 10000 }] }] },
          },
          {
            key: "vehicleDocuments",
            kind: "file",
            label: { pl: "Dowody rejestracyjne i umowy leasingu lub najmu", en: "Registration certificates and lease or rental agreements" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać zaświadczenie na przewozy drogowe na potrzeby własne na podstawie ustawy o transporcie drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the own-account transport certificate under the Road Transport Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
