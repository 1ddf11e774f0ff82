/**
 * Sprostowanie lub uzupełnienie aktu stanu cywilnego: correcting an obvious error in, or adding
 * missing data to, a civil status record. Data only.
 */
import { defineService } from "../../types";

export const civilRecordRectification = defineService({
  id: "civil-record-rectification",
  version: 1,
  category: "civil-registry",
  name: { pl: "Sprostowanie lub uzupełnienie aktu stanu cywilnego", en: "Correcting or completing a civil status record" },
  summary: {
    pl: "Poproś o poprawienie oczywistego błędu lub uzupełnienie brakujących danych w akcie urodzenia, małżeństwa lub zgonu.",
    en: "Ask for an obvious error to be corrected, or missing data to be added, in a birth, marriage or death record.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy akt, jej najbliższa rodzina, przedstawiciel ustawowy albo osoba, która wykaże interes prawny. Wniosek możesz złożyć w dowolnym urzędzie stanu cywilnego. Jeśli błąd nie jest oczywisty, sprostowanie orzeka sąd.",
    en: "The person the record concerns, their close family, legal representative or anyone with a legal interest. You can apply at any civil registry office. If the error is not obvious, a court rules on the correction.",
  },
  whatYouNeed: [
    { pl: "Wskazanie błędu lub brakujących danych i prawidłowej treści", en: "The error or the missing data and the correct content" },
    { pl: "Dokumenty potwierdzające prawidłowe dane (np. inne akty, dokumenty zagraniczne)", en: "Documents showing the correct data (such as other records, foreign documents)" },
    { pl: "Potwierdzenie zapłaty 39 zł opłaty skarbowej", en: "Proof of paying 39 zł stamp duty" },
  ],
  fee: {
    amountGrosze: 3900,
    note: {
      pl: "39 zł opłaty skarbowej. Bez opłaty, jeśli błąd powstał z winy urzędu.",
      en: "39 zł stamp duty. Free if the error was the office's fault.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Do miesiąca, a w sprawie szczególnie skomplikowanej do dwóch miesięcy. Odmowa następuje w drodze decyzji.",
    en: "Up to one month, or two months if particularly complex. A refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (sprostowanie i uzupełnienie aktu stanu cywilnego)",
    en: "Act of 28 November 2014 – Civil Status Records Act (correction and completion of a civil status record)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5360",
  keywords: ["błąd w akcie", "sprostowanie aktu", "uzupełnienie aktu", "literówka w akcie urodzenia", "poprawienie aktu"],
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
        id: "record",
        title: { pl: "Akt i błąd", en: "The record and the error" },
        fields: [
          {
            key: "action",
            kind: "radio",
            label: { pl: "O co wnosisz?", en: "What are you asking for?" },
            options: [
              { value: "rectification", label: { pl: "Sprostowanie oczywistego błędu", en: "Correcting an obvious error" } },
              { value: "completion", label: { pl: "Uzupełnienie brakujących danych", en: "Adding missing data" } },
            ],
            errors: { required: { pl: "Wybierz, o co wnosisz", en: "Select what you are asking for" } },
          },
          {
            key: "recordType",
            kind: "radio",
            label: { pl: "Rodzaj aktu", en: "Type of record" },
            options: [
              { value: "birth", label: { pl: "Akt urodzenia", en: "Birth record" } },
              { value: "marriage", label: { pl: "Akt małżeństwa", en: "Marriage record" } },
              { value: "death", label: { pl: "Akt zgonu", en: "Death record" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj aktu", en: "Select the type of record" } },
          },
          { key: "recordPerson", kind: "text", label: { pl: "Imię i nazwisko osoby, której dotyczy akt", en: "Full name of the person the record concerns" }, maxLength: 300 },
          { key: "recordOffice", kind: "text", label: { pl: "Urząd stanu cywilnego, który sporządził akt", en: "Civil registry office that drew up the record" }, maxLength: 200 },
          { key: "recordNumber", kind: "text", label: { pl: "Numer aktu", en: "Record number" }, hint: { pl: "Jeśli go znasz, na przykład 2466011/00/AU/2019/123456.", en: "If you know it, for example 2466011/00/AU/2019/123456." }, optional: true, maxLength: 60 },
          {
            key: "correction",
            kind: "long-text",
            label: { pl: "Co jest błędne lub czego brakuje i jak powinno brzmieć?", en: "What is wrong or missing and what should it be?" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz błąd lub brakujące dane i prawidłową treść", en: "Describe the error or missing data and the correct content" } },
          },
          { key: "supportingDocuments", kind: "file", label: { pl: "Dokumenty potwierdzające prawidłowe dane", en: "Documents showing the correct data" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (39 zł)", en: "Proof of paying the stamp duty (39 zł)" },
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
