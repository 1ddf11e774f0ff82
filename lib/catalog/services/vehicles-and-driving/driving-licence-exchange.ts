/**
 * Wymiana prawa jazdy: expiry, change of personal data, duplicate after loss or damage, exchange of
 * a foreign licence. Data only.
 */
import { defineService } from "../../types";

export const drivingLicenceExchange = defineService({
  id: "driving-licence-exchange",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wymiana prawa jazdy lub wtórnik", en: "Renewing or replacing a driving licence" },
  summary: {
    pl: "Wymień prawo jazdy, gdy traci ważność, po zmianie danych, po utracie albo gdy masz zagraniczne prawo jazdy.",
    en: "Renew your licence when it expires, after a change of details or a loss, or exchange a foreign licence.",
  },
  whoCanApply: {
    pl: "Kierowca mieszkający w Polsce, którego prawo jazdy traci ważność, zawiera nieaktualne dane albo zostało utracone lub zniszczone, a także osoba z prawem jazdy wydanym za granicą.",
    en: "A driver living in Poland whose licence is expiring, shows outdated details, or was lost or damaged, and a holder of a foreign licence.",
  },
  whatYouNeed: [
    { pl: "Aktualną kolorową fotografię 35 × 45 mm", en: "A recent colour photo, 35 × 45 mm" },
    { pl: "Orzeczenie lekarskie, jeśli prawo jazdy było wydane na czas określony ze względów zdrowotnych", en: "A medical certificate, if the licence was time-limited for health reasons" },
    { pl: "Przy zagranicznym prawie jazdy: jego kopię z tłumaczeniem przysięgłym (oryginał oddasz w urzędzie)", en: "For a foreign licence: a copy with a sworn translation (you hand in the original at the office)" },
    { pl: "Dokument potwierdzający zmianę danych, jeśli nie wynika z rejestru PESEL", en: "A document confirming the change of details, if it is not in the PESEL register" },
  ],
  fee: {
    amountGrosze: 10050,
    note: { pl: "100 zł za prawo jazdy i 0,50 zł opłaty ewidencyjnej.", en: "100 zł for the licence and a 0.50 zł record fee." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Wymiana zagranicznego prawa jazdy trwa dłużej, bo urząd sprawdza dokument w państwie, które go wydało.",
    en: "Exchanging a foreign licence takes longer because the office verifies it with the issuing country.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami",
    en: "Act of 5 January 2011 on vehicle drivers",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["wymiana prawa jazdy", "zgubione prawo jazdy", "prawo jazdy traci ważność", "zagraniczne prawo jazdy"],
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
        id: "licence",
        title: { pl: "Prawo jazdy", en: "The licence" },
        fields: [
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego wymieniasz prawo jazdy?", en: "Why are you replacing the licence?" },
            options: [
              { value: "expiry", label: { pl: "Kończy się termin ważności", en: "It is expiring" } },
              { value: "data-change", label: { pl: "Zmieniły się moje dane (na przykład nazwisko)", en: "My details changed (for example, surname)" } },
              { value: "lost", label: { pl: "Utraciłem/utraciłam je", en: "I lost it" } },
              { value: "damaged", label: { pl: "Jest zniszczone", en: "It is damaged" } },
              { value: "foreign", label: { pl: "Mam prawo jazdy wydane za granicą", en: "I have a licence issued abroad" } },
            ],
            errors: { required: { pl: "Wybierz przyczynę wymiany", en: "Select why you are replacing the licence" } },
          },
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer dotychczasowego prawa jazdy", en: "Number of your current licence" },
            optionalIf: { field: "reason", equals: "lost" },
            maxLength: 30,
          },
          {
            key: "issuingCountry",
            kind: "text",
            label: { pl: "Państwo, które wydało prawo jazdy", en: "Country that issued the licence" },
            showIf: { field: "reason", equals: "foreign" },
            maxLength: 100,
            autocomplete: "country-name",
          },
          {
            key: "photo",
            kind: "file",
            label: { pl: "Fotografia", en: "Photo" },
            hint: { pl: "Kolorowa, 35 × 45 mm, zrobiona w ciągu ostatnich 6 miesięcy.", en: "In colour, 35 × 45 mm, taken within the last 6 months." },
            accept: ["jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "foreignLicenceCopy",
            kind: "file",
            label: { pl: "Kopia zagranicznego prawa jazdy z tłumaczeniem", en: "Copy of the foreign licence with a translation" },
            showIf: { field: "reason", equals: "foreign" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 4,
          },
          {
            key: "medicalCertificate",
            kind: "file",
            label: { pl: "Orzeczenie lekarskie", en: "Medical certificate" },
            hint: { pl: "Tylko jeśli prawo jazdy było wydane na czas określony ze względów zdrowotnych.", en: "Only if your licence was time-limited for health reasons." },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę wydania prawa jazdy i centralną ewidencję kierowców na podstawie ustawy o kierujących pojazdami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the driving licence case and keep the central driver register under the Act on vehicle drivers (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
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
