/**
 * Zaświadczenie o nadanym numerze porządkowym nieruchomości (art. 217 KPA). Data only.
 */
import { defineService } from "../../types";

export const addressNumberCertificate = defineService({
  id: "address-number-certificate",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Zaświadczenie o numerze porządkowym nieruchomości", en: "Certificate of a property's address number" },
  summary: {
    pl: "Uzyskaj zaświadczenie potwierdzające numer porządkowy (adres) nieruchomości, na przykład do banku lub sądu.",
    en: "Get a certificate confirming a property's address number, for example for a bank or a court.",
  },
  whoCanApply: {
    pl: "Osoba, która potrzebuje zaświadczenia, najczęściej właściciel lub władający nieruchomością.",
    en: "Anyone who needs the certificate, usually the owner or holder of the property.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości i numer działki", en: "The property's address and plot number" },
    { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej; zaświadczenia w sprawach budownictwa mieszkaniowego są zwolnione.",
      en: "17 zł stamp duty; certificates for residential building are exempt.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 47a)",
    en: "Code of Administrative Procedure (Article 217); Act of 17 May 1989 – Geodetic and Cartographic Law (Article 47a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6625",
  keywords: ["zaświadczenie o numerze", "potwierdzenie adresu", "numer porządkowy", "adres działki"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          {
            key: "givenName",
            kind: "text",
            label: { pl: "Imię (imiona)", en: "Given name(s)" },
            prefill: "identity.givenName",
            maxLength: 100,
            autocomplete: "given-name",
          },
          {
            key: "familyName",
            kind: "text",
            label: { pl: "Nazwisko", en: "Family name" },
            prefill: "identity.familyName",
            maxLength: 100,
            autocomplete: "family-name",
          },
          { key: "pesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, prefill: "identity.pesel" },
          {
            key: "residenceAddress",
            kind: "address",
            label: { pl: "Adres zamieszkania", en: "Home address" },
          },
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: { pl: "Wyślemy na niego potwierdzenie i informacje o sprawie.", en: "We will send the confirmation and updates on your case to it." },
            optional: true,
            autocomplete: "email",
          },
          {
            key: "phone",
            kind: "phone",
            label: { pl: "Numer telefonu", en: "Phone number" },
            hint: { pl: "Zadzwonimy tylko wtedy, gdy trzeba będzie coś wyjaśnić.", en: "We will only call if something needs to be clarified." },
            optional: true,
            autocomplete: "tel",
          },
        ],
      },
      {
        id: "property",
        title: { pl: "Nieruchomość", en: "The property" },
        fields: [
          { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości", en: "Address of the property" } },
          {
            key: "plots",
            kind: "group",
            label: { pl: "Działki objęte wnioskiem", en: "Plots covered by the application" },
            itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              {
                key: "parcelId",
                kind: "parcel-id",
                label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral plot identifier" },
                hint: { pl: "Na przykład 246601_1.0001.123/4 – znajdziesz go w Geoportalu.", en: "For example 246601_1.0001.123/4 – you can find it on Geoportal." },
              },
              { key: "landRegister", kind: "land-register", label: { pl: "Numer księgi wieczystej", en: "Land register number" }, optional: true },
            ],
          },
          {
            key: "purpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            maxLength: 200,
            errors: { required: { pl: "Podaj, do czego potrzebujesz zaświadczenia", en: "Enter what you need the certificate for" } },
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać zaświadczenie na podstawie Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the certificate under the Code of Administrative Procedure (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku są zgodne ze stanem faktycznym.",
              en: "I declare that the information in this application is accurate.",
            },
          },
        ],
      },
    ],
  },
});
