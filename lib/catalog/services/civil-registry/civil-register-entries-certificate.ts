/**
 * Zaświadczenie o zamieszczonych lub niezamieszczonych w rejestrze stanu cywilnego danych, e.g.
 * that no marriage record exists for a person. Data only.
 */
import { defineService } from "../../types";

export const civilRegisterEntriesCertificate = defineService({
  id: "civil-register-entries-certificate",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zaświadczenie o danych zamieszczonych lub niezamieszczonych w rejestrze stanu cywilnego",
    en: "Certificate of data recorded or not recorded in the civil status register",
  },
  summary: {
    pl: "Zamów zaświadczenie, że w rejestrze stanu cywilnego jest albo nie ma określonego aktu lub danych.",
    en: "Order a certificate stating whether a particular record or data is in the civil status register.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczą dane, jej najbliższa rodzina (małżonek, wstępni, zstępni, rodzeństwo), przedstawiciel ustawowy, a także osoba, która wykaże interes prawny.",
    en: "The person the data concerns, their close family (spouse, ascendants, descendants, siblings), their legal representative, and anyone who shows a legal interest.",
  },
  whatYouNeed: [
    { pl: "Dane osoby i zakres sprawdzenia (rodzaj aktu, okres, miejsce)", en: "The person's details and what to check (type of record, period, place)" },
    { pl: "Potwierdzenie zapłaty 24 zł opłaty skarbowej", en: "Proof of paying 24 zł stamp duty" },
  ],
  fee: { amountGrosze: 2400, note: { pl: "24 zł opłaty skarbowej.", en: "24 zł stamp duty." } },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przepisy o zaświadczeniach); Kodeks postępowania administracyjnego (art. 217)",
    en: "Act of 28 November 2014 – Civil Status Records Act (provisions on certificates); Code of Administrative Procedure (Article 217)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5364",
  keywords: ["zaświadczenie o braku aktu", "brak aktu małżeństwa", "zaświadczenie z rejestru stanu cywilnego", "niezamieszczenie danych"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          { key: "givenName", kind: "text", label: { pl: "Imię (imiona)", en: "Given name(s)" }, prefill: "identity.givenName", maxLength: 100, autocomplete: "given-name" },
          { key: "familyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, prefill: "identity.familyName", maxLength: 100, autocomplete: "family-name" },
          { key: "pesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, prefill: "identity.pesel" },
          { key: "email", kind: "email", label: { pl: "Adres e-mail", en: "Email address" }, optional: true, autocomplete: "email" },
          { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, optional: true, autocomplete: "tel" },
        ],
      },
      {
        id: "scope",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "subject",
            kind: "radio",
            label: { pl: "Kogo dotyczy zaświadczenie?", en: "Who is the certificate about?" },
            options: [
              { value: "self", label: { pl: "Mnie", en: "Me" } },
              { value: "family", label: { pl: "Członka mojej najbliższej rodziny", en: "A close family member" } },
              { value: "legal-interest", label: { pl: "Innej osoby – mam interes prawny", en: "Another person – I have a legal interest" } },
            ],
            errors: { required: { pl: "Wybierz, kogo dotyczy zaświadczenie", en: "Select who the certificate is about" } },
          },
          { key: "subjectName", kind: "text", label: { pl: "Imię i nazwisko tej osoby", en: "The person's full name" }, showIf: { field: "subject", notEquals: "self" }, maxLength: 200 },
          { key: "subjectBirthDate", kind: "date", label: { pl: "Data urodzenia tej osoby", en: "The person's date of birth" }, showIf: { field: "subject", notEquals: "self" }, optional: true, min: { date: "1800-01-01" }, max: "today" },
          {
            key: "recordTypes",
            kind: "checkboxes",
            label: { pl: "Jakich aktów dotyczy sprawdzenie?", en: "Which records should be checked?" },
            options: [
              { value: "birth", label: { pl: "Akt urodzenia", en: "Birth record" } },
              { value: "marriage", label: { pl: "Akt małżeństwa", en: "Marriage record" } },
              { value: "death", label: { pl: "Akt zgonu", en: "Death record" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden rodzaj aktu", en: "Select at least one type of record" } },
          },
          {
            key: "queryScope",
            kind: "long-text",
            label: { pl: "Co ma potwierdzić zaświadczenie?", en: "What should the certificate confirm?" },
            hint: { pl: "Na przykład: że w rejestrze nie ma aktu małżeństwa Jana Kowalskiego za lata 2000–2025.", en: "For example: that there is no marriage record for Jan Kowalski for 2000–2025." },
            maxLength: 2000,
            errors: { required: { pl: "Opisz, co ma potwierdzić zaświadczenie", en: "Describe what the certificate should confirm" } },
          },
          {
            key: "interestDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające interes prawny", en: "Documents showing your legal interest" },
            showIf: { field: "subject", equals: "legal-interest" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (24 zł)", en: "Proof of paying the stamp duty (24 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "delivery",
            kind: "radio",
            label: { pl: "Jak chcesz otrzymać dokument?", en: "How do you want to receive the document?" },
            options: [
              { value: "portal", label: { pl: "Elektronicznie, na moje konto w Okienku", en: "Electronically, to my Okienko account" } },
              { value: "post", label: { pl: "Pocztą", en: "By post" } },
              { value: "in-person", label: { pl: "Odbiorę osobiście w urzędzie", en: "I will collect it at the office" } },
            ],
            errors: { required: { pl: "Wybierz, jak chcesz otrzymać dokument", en: "Select how you want to receive the document" } },
          },
          { key: "postalAddress", kind: "address", label: { pl: "Adres do doręczenia", en: "Postal address" }, showIf: { field: "delivery", equals: "post" } },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest kierownik urzędu stanu cywilnego, do którego składasz wniosek. Przetwarzamy je, aby załatwić sprawę i prowadzić rejestr stanu cywilnego na podstawie ustawy – Prawo o aktach stanu cywilnego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO. Kontakt do inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of the data is the civil registrar (kierownik urzędu stanu cywilnego) of the office you apply to. We process it to handle the matter and keep the civil status register under the Civil Status Records Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą.", en: "I declare that the information in this application is accurate." },
          },
        ],
      },
    ],
  },
});
