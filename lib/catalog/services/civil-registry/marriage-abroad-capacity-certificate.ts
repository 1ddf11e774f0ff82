/**
 * Zaświadczenie stwierdzające, że zgodnie z prawem polskim można zawrzeć małżeństwo, for a Polish
 * citizen marrying abroad; issued after the pre-marriage declaration. Data only.
 */
import { defineService } from "../../types";

export const marriageAbroadCapacityCertificate = defineService({
  id: "marriage-abroad-capacity-certificate",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zaświadczenie o zdolności prawnej do zawarcia małżeństwa za granicą",
    en: "Certificate of capacity to marry abroad",
  },
  summary: {
    pl: "Zamów zaświadczenie, że zgodnie z prawem polskim możesz zawrzeć małżeństwo za granicą.",
    en: "Order a certificate stating that under Polish law you may marry abroad.",
  },
  whoCanApply: {
    pl: "Obywatel polski, który chce zawrzeć małżeństwo za granicą, gdy wymaga tego tamtejszy urząd. Zaświadczenie jest ważne 6 miesięcy. Wydaje je dowolny kierownik urzędu stanu cywilnego po przyjęciu zapewnienia o braku przeszkód do małżeństwa.",
    en: "A Polish citizen who wants to marry abroad, when the foreign office requires it. The certificate is valid for 6 months. Any civil registrar issues it after taking the declaration that there are no obstacles to the marriage.",
  },
  whatYouNeed: [
    { pl: "Dane przyszłego małżonka i skan jego dokumentu tożsamości", en: "Your future spouse's details and a scan of their identity document" },
    { pl: "Informację, w jakim państwie odbędzie się ślub", en: "The country where the wedding will take place" },
    { pl: "Potwierdzenie zapłaty 38 zł opłaty skarbowej", en: "Proof of paying 38 zł stamp duty" },
  ],
  fee: { amountGrosze: 3800, note: { pl: "38 zł opłaty skarbowej.", en: "38 zł stamp duty." } },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zaświadczenie wydaje się bez zbędnej zwłoki, najpóźniej w ciągu 7 dni od złożenia zapewnienia.",
    en: "The certificate is issued without undue delay, within 7 days of the declaration at the latest.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (zaświadczenie o zdolności prawnej do zawarcia małżeństwa); Kodeks rodzinny i opiekuńczy",
    en: "Act of 28 November 2014 – Civil Status Records Act (certificate of capacity to marry); Family and Guardianship Code",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["ślub za granicą", "zaświadczenie o zdolności prawnej", "ślub w niemczech", "zdolność do zawarcia małżeństwa"],
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
        id: "marriage",
        title: { pl: "Planowane małżeństwo", en: "The planned marriage" },
        fields: [
          {
            key: "ownStatus",
            kind: "radio",
            label: { pl: "Twój stan cywilny", en: "Your civil status" },
            options: [
              { value: "single", label: { pl: "Panna lub kawaler", en: "Never married" } },
              { value: "divorced", label: { pl: "Rozwiedziona lub rozwiedziony", en: "Divorced" } },
              { value: "widowed", label: { pl: "Wdowa lub wdowiec", en: "Widowed" } },
            ],
            errors: { required: { pl: "Wybierz swój stan cywilny", en: "Select your civil status" } },
          },
          { key: "partnerName", kind: "text", label: { pl: "Imię i nazwisko przyszłego małżonka", en: "Future spouse's full name" }, maxLength: 200 },
          { key: "partnerBirthDate", kind: "date", label: { pl: "Data urodzenia przyszłego małżonka", en: "Future spouse's date of birth" }, min: { date: "1900-01-01" }, max: "today" },
          { key: "partnerBirthPlace", kind: "text", label: { pl: "Miejsce urodzenia przyszłego małżonka", en: "Future spouse's place of birth" }, maxLength: 200 },
          { key: "partnerCitizenship", kind: "text", label: { pl: "Obywatelstwo przyszłego małżonka", en: "Future spouse's citizenship" }, maxLength: 100 },
          {
            key: "partnerDocument",
            kind: "file",
            label: { pl: "Skan dokumentu tożsamości przyszłego małżonka", en: "Scan of your future spouse's identity document" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          { key: "weddingCountry", kind: "text", label: { pl: "Państwo, w którym odbędzie się ślub", en: "Country of the wedding" }, maxLength: 100 },
          { key: "plannedDate", kind: "date", label: { pl: "Planowana data ślubu", en: "Planned wedding date" }, optional: true, min: "today", max: { daysFromToday: 366 } },
          {
            key: "ownSurnameAfter",
            kind: "text",
            label: { pl: "Nazwisko, które będziesz nosić po ślubie", en: "Surname you will use after the wedding" },
            optional: true,
            maxLength: 100,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (38 zł)", en: "Proof of paying the stamp duty (38 zł)" },
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
        title: { pl: "Zapewnienie", en: "Declaration" },
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
            label: {
              pl: "Zapewniam, że nie wiem o istnieniu okoliczności wyłączających zawarcie przeze mnie tego małżeństwa, a dane podane we wniosku są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego zapewnienia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that I know of no circumstances preventing me from entering into this marriage and that the information in this application is true; I am aware of criminal liability for a false declaration (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
