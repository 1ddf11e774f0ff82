/**
 * Wyrys z mapy ewidencyjnej (optionally together with a land register extract). Data only.
 */
import { defineService } from "../../types";

export const cadastralMapExtract = defineService({
  id: "cadastral-map-extract",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Wyrys z mapy ewidencyjnej", en: "Extract from the cadastral map" },
  summary: {
    pl: "Zamów wyrys z mapy ewidencyjnej – sam albo razem z wypisem – na przykład do księgi wieczystej lub podziału.",
    en: "Order a cadastral map extract – alone or with a register extract – for example for the land register or a division.",
  },
  whoCanApply: {
    pl: "Każdy; jeśli razem z wyrysem zamawiasz wypis z danymi właścicieli, musisz być właścicielem lub wykazać interes prawny.",
    en: "Anyone; if you also order a register extract with owners' data, you must be the owner or show a legal interest.",
  },
  whatYouNeed: [
    { pl: "Oznaczenie działek (obręb i numery działek)", en: "The plot identifiers (precinct and plot numbers)" },
  ],
  fee: {
    amountGrosze: 10500,
    note: {
      pl: "Za jednostkę rejestrową: wyrys 105 zł w postaci elektronicznej (110 zł papierowy), wypis i wyrys razem 140 zł (150 zł). Urząd przyśle Dokument Obliczenia Opłaty z dokładną kwotą.",
      en: "Per registration unit: a map extract 105 zł electronic (110 zł on paper), register and map extract together 140 zł (150 zł). The office sends a fee calculation document with the exact amount.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd przygotowuje wyrys niezwłocznie po wniesieniu opłaty.",
    en: "The office prepares the extract as soon as the fee has been paid.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 24 i art. 40a)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 24 and 40a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6621",
  keywords: ["wyrys z mapy", "mapa ewidencyjna", "wypis i wyrys", "mapa działki"],
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
        id: "extract",
        title: { pl: "Zakres wyrysu", en: "What you need" },
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
            key: "withRegisterExtract",
            kind: "yes-no",
            label: { pl: "Czy zamawiasz także wypis z rejestru gruntów?", en: "Do you also need a land register extract?" },
          },
          {
            key: "purpose",
            kind: "select",
            label: { pl: "Do czego potrzebujesz wyrysu?", en: "What do you need it for?" },
            options: [
              { value: "land-register", label: { pl: "Do księgi wieczystej", en: "For the land register" } },
              { value: "notary", label: { pl: "Do notariusza", en: "For a notary" } },
              { value: "court", label: { pl: "Do sądu", en: "For a court" } },
              { value: "information", label: { pl: "Do celów informacyjnych", en: "For information" } },
            ],
          },
          {
            key: "format",
            kind: "radio",
            label: { pl: "W jakiej postaci?", en: "In what form?" },
            options: [
              { value: "electronic", label: { pl: "Elektronicznej (taniej)", en: "Electronic (cheaper)" } },
              { value: "paper", label: { pl: "Papierowej", en: "Paper" } },
            ],
          },
          { key: "copies", kind: "integer", label: { pl: "Liczba egzemplarzy", en: "Number of copies" }, minValue: 1, maxValue: 5 },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby udostępnić dane z ewidencji gruntów i budynków na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to provide data from the land and building register under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
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
