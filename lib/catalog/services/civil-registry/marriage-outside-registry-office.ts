/**
 * Wniosek o przyjęcie oświadczeń o wstąpieniu w związek małżeński poza urzędem stanu cywilnego:
 * a civil wedding at a chosen venue (additional 1,000 zł fee), or at home or in hospital when health
 * or deprivation of liberty prevents coming to the office (no additional fee). Data only.
 */
import { defineService } from "../../types";

export const marriageOutsideRegistryOffice = defineService({
  id: "marriage-outside-registry-office",
  version: 1,
  category: "civil-registry",
  name: { pl: "Ślub cywilny poza urzędem stanu cywilnego", en: "Civil wedding outside the registry office" },
  summary: {
    pl: "Poproś, aby ślub cywilny odbył się w wybranym miejscu poza urzędem, na przykład w plenerze lub sali weselnej.",
    en: "Ask for your civil wedding to take place at a venue of your choice outside the office, such as outdoors or at a wedding hall.",
  },
  whoCanApply: {
    pl: "Osoby, które złożyły lub składają zapewnienie o braku przeszkód do małżeństwa. Miejsce musi zapewniać uroczystą formę ceremonii i bezpieczeństwo jej uczestników.",
    en: "People who have made or are making the pre-marriage declaration. The venue must ensure a solemn ceremony and the safety of those attending.",
  },
  whatYouNeed: [
    { pl: "Adres i opis miejsca ceremonii", en: "The address and description of the venue" },
    { pl: "Potwierdzenie wniesienia dodatkowej opłaty 1000 zł", en: "Proof of paying the additional fee of 1,000 zł" },
  ],
  fee: {
    amountGrosze: 100000,
    note: {
      pl: "Dodatkowa opłata 1000 zł, wnoszona na rachunek gminy (obok 84 zł opłaty skarbowej za akt małżeństwa). Nie pobiera się jej, gdy ślub poza urzędem jest konieczny ze względu na stan zdrowia lub pozbawienie wolności.",
      en: "An additional fee of 1,000 zł, paid to the municipality (on top of the 84 zł stamp duty for the marriage record). It is not charged when the wedding must take place outside the office because of ill health or deprivation of liberty.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd potwierdzi zgodę lub ją odmówi zwykle przy rezerwacji terminu; odmowa następuje w drodze decyzji.",
    en: "The office usually confirms or refuses when the date is booked; a refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przyjęcie oświadczeń o wstąpieniu w związek małżeński poza urzędem stanu cywilnego i opłata dodatkowa)",
    en: "Act of 28 November 2014 – Civil Status Records Act (marriage declarations received outside the registry office and the additional fee)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["ślub w plenerze", "ślub poza urzędem", "ślub w ogrodzie", "ślub cywilny w sali", "ślub w domu"],
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
        id: "venue",
        title: { pl: "Miejsce i termin", en: "Venue and date" },
        fields: [
          { key: "partnerName", kind: "text", label: { pl: "Imię i nazwisko przyszłego małżonka", en: "Future spouse's full name" }, maxLength: 200 },
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego ślub ma się odbyć poza urzędem?", en: "Why should the wedding take place outside the office?" },
            options: [
              { value: "choice", label: { pl: "Wybraliśmy takie miejsce (opłata 1000 zł)", en: "We chose this venue (1,000 zł fee)" } },
              { value: "health", label: { pl: "Stan zdrowia jednego z nas nie pozwala przyjść do urzędu (bez opłaty)", en: "One of us cannot come to the office for health reasons (no fee)" } },
              { value: "detention", label: { pl: "Jedno z nas jest pozbawione wolności (bez opłaty)", en: "One of us is deprived of liberty (no fee)" } },
            ],
            errors: { required: { pl: "Wybierz, dlaczego ślub ma się odbyć poza urzędem", en: "Select why the wedding should take place outside the office" } },
          },
          { key: "venueName", kind: "text", label: { pl: "Nazwa miejsca", en: "Name of the venue" }, hint: { pl: "Na przykład: ogród Pałacu w Pławniowicach.", en: "For example: the garden of the Pławniowice Palace." }, optional: true, maxLength: 200 },
          { key: "venueAddress", kind: "address", label: { pl: "Adres miejsca ceremonii", en: "Address of the venue" } },
          { key: "weddingDate", kind: "date", label: { pl: "Data ślubu", en: "Wedding date" }, min: "today", max: { daysFromToday: 366 }, errors: { required: { pl: "Podaj datę ślubu", en: "Enter the wedding date" } } },
          { key: "weddingTime", kind: "text", label: { pl: "Godzina", en: "Time" }, hint: { pl: "Na przykład 16:30.", en: "For example 16:30." }, maxLength: 20 },
          {
            key: "venueDescription",
            kind: "long-text",
            label: { pl: "Jak zapewnicie uroczysty charakter i bezpieczeństwo ceremonii?", en: "How will you ensure a solemn and safe ceremony?" },
            hint: { pl: "Na przykład: stół z godłem, zadaszenie na wypadek deszczu, dojazd, liczba gości.", en: "For example: a table with the national emblem, a shelter in case of rain, access, number of guests." },
            showIf: { field: "reason", equals: "choice" },
            maxLength: 2000,
          },
          {
            key: "healthDocument",
            kind: "file",
            label: { pl: "Zaświadczenie lekarskie", en: "Medical certificate" },
            showIf: { field: "reason", equals: "health" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie wniesienia opłaty dodatkowej (1000 zł)", en: "Proof of paying the additional fee (1,000 zł)" },
            showIf: { field: "reason", equals: "choice" },
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
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest kierownik urzędu stanu cywilnego, do którego składasz wniosek. Przetwarzamy je, aby załatwić sprawę i prowadzić rejestr stanu cywilnego na podstawie ustawy – Prawo o aktach stanu cywilnego (art. 6 ust. 1 lit. c RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO. Kontakt do inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of the data is the civil registrar (kierownik urzędu stanu cywilnego) of the office you apply to. We process it to handle the matter and keep the civil status register under the Civil Status Records Act (Article 6(1)(c) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          {
            key: "safetyStatement",
            kind: "consent",
            label: {
              pl: "Zobowiązuję się zapewnić uroczystą formę ceremonii i bezpieczeństwo osób w niej uczestniczących.",
              en: "I undertake to ensure a solemn ceremony and the safety of those attending.",
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
