/**
 * Zaświadczenie o przeznaczeniu nieruchomości w planie miejscowym (art. 217 KPA). Data only.
 */
import { defineService } from "../../types";

export const landUseCertificate = defineService({
  id: "land-use-certificate",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Zaświadczenie o przeznaczeniu działki w planie miejscowym", en: "Certificate of a plot's designation in the zoning plan" },
  summary: {
    pl: "Uzyskaj zaświadczenie, jak działka jest przeznaczona w planie miejscowym albo że planu dla niej nie ma.",
    en: "Get a certificate stating how a plot is designated in the local plan, or that no plan covers it.",
  },
  whoCanApply: {
    pl: "Osoba, która potrzebuje zaświadczenia do załatwienia sprawy (na przykład u notariusza, w sądzie, w urzędzie skarbowym).",
    en: "Anyone who needs the certificate to deal with a matter (for example, at a notary's, a court or a tax office).",
  },
  whatYouNeed: [
    { pl: "Numery działek ewidencyjnych i obręb", en: "The cadastral plot numbers and the precinct" },
    { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej; zwolnione są między innymi zaświadczenia w sprawach budownictwa mieszkaniowego i do celów zabezpieczenia społecznego.",
      en: "17 zł stamp duty; certificates for residential building or social security purposes, among others, are exempt.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym",
    en: "Code of Administrative Procedure (Article 217); Act of 27 March 2003 on spatial planning and development",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6727",
  keywords: ["zaświadczenie o przeznaczeniu", "przeznaczenie działki", "czy działka jest budowlana", "plan miejscowy"],
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
        id: "certificate",
        title: { pl: "Działki i cel", en: "Plots and purpose" },
        fields: [
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
            kind: "select",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            options: [
              { value: "notary", label: { pl: "Do notariusza (sprzedaż, darowizna)", en: "For a notary (sale, gift)" } },
              { value: "court", label: { pl: "Do sądu (na przykład sprawa spadkowa)", en: "For a court (for example, an inheritance case)" } },
              { value: "tax", label: { pl: "Do urzędu skarbowego", en: "For the tax office" } },
              { value: "housing", label: { pl: "W sprawie budownictwa mieszkaniowego", en: "For residential building" } },
              { value: "other", label: { pl: "Inny cel", en: "Another purpose" } },
            ],
            errors: { required: { pl: "Wybierz, do czego potrzebujesz zaświadczenia", en: "Select what you need the certificate for" } },
          },
          {
            key: "otherPurpose",
            kind: "text",
            label: { pl: "Opisz cel", en: "Describe the purpose" },
            showIf: { field: "purpose", equals: "other" },
            maxLength: 200,
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
            showIf: { field: "purpose", notEquals: "housing" },
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
