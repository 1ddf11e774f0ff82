/**
 * Wydanie prawa jazdy po zdanym egzaminie: the application was filed with the PKK, so here the
 * person confirms the payment and how to collect the document. Data only.
 */
import { defineService } from "../../types";

export const drivingLicenceIssue = defineService({
  id: "driving-licence-issue",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wydanie prawa jazdy po zdanym egzaminie", en: "Getting your driving licence after the exam" },
  summary: {
    pl: "Po zdanym egzaminie potwierdź opłatę, aby urząd zamówił Twoje prawo jazdy.",
    en: "After passing the exam, confirm the payment so the office orders your driving licence.",
  },
  whoCanApply: {
    pl: "Osoba, która ma profil kandydata na kierowcę (PKK) i zdała egzamin państwowy. Wniosek o prawo jazdy został złożony przy zakładaniu profilu.",
    en: "A person with a learner driver profile (PKK) who has passed the state exam. The licence application was filed when the profile was created.",
  },
  whatYouNeed: [
    { pl: "Numer profilu kandydata na kierowcę (PKK)", en: "Your learner driver profile number (PKK)" },
    { pl: "Potwierdzenie zapłaty 100,50 zł", en: "Proof of paying 100.50 zł" },
  ],
  fee: {
    amountGrosze: 10050,
    note: { pl: "100 zł za prawo jazdy i 0,50 zł opłaty ewidencyjnej.", en: "100 zł for the licence and a 0.50 zł record fee." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd zamawia dokument po otrzymaniu wyniku egzaminu i opłaty; prawo jazdy jest zwykle gotowe w kilka dni roboczych.",
    en: "The office orders the document once it has the exam result and the payment; the licence is usually ready within a few working days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami",
    en: "Act of 5 January 2011 on vehicle drivers",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["odbiór prawa jazdy", "nowe prawo jazdy", "zdany egzamin", "prawko"],
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
            key: "pkkNumber",
            kind: "text",
            label: { pl: "Numer PKK", en: "PKK number" },
            hint: { pl: "20 cyfr; znajdziesz go w potwierdzeniu założenia profilu lub w info-car.pl.", en: "20 digits; shown in the profile confirmation or on info-car.pl." },
            maxLength: 20,
            errors: { required: { pl: "Podaj numer PKK", en: "Enter the PKK number" } },
          },
          {
            key: "examDate",
            kind: "date",
            label: { pl: "Data zdanego egzaminu praktycznego", en: "Date you passed the practical exam" },
            min: { daysFromToday: -730 },
            max: "today",
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty", en: "Proof of payment" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "collection",
            kind: "radio",
            label: { pl: "Jak chcesz odebrać prawo jazdy?", en: "How do you want to collect the licence?" },
            options: [
              { value: "office", label: { pl: "Osobiście w urzędzie", en: "In person at the office" } },
              { value: "proxy", label: { pl: "Przez pełnomocnika", en: "Through a proxy" } },
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
