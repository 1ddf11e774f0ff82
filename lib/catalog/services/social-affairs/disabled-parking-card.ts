/**
 * Karta parkingowa for a person with a disability (Road Traffic Act, art. 8), issued by the chair
 * of the disability assessment team; the fee (21 zł) is set by the regulation on parking cards. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, personStep } from "./shared-fields";

export const disabledParkingCard = defineService({
  id: "disabled-parking-card",
  version: 1,
  category: "social-affairs",
  name: { pl: "Karta parkingowa dla osoby z niepełnosprawnością", en: "Parking card for a person with a disability" },
  summary: {
    pl: "Złóż wniosek o kartę parkingową, która pozwala parkować na miejscach dla osób z niepełnosprawnością.",
    en: "Apply for a parking card that lets you park in spaces for people with disabilities.",
  },
  whoCanApply: {
    pl: "Osoba ze znacznym lub umiarkowanym stopniem niepełnosprawności, która ma znacznie ograniczone możliwości samodzielnego poruszania się, a także dziecko do 16 lat z orzeczeniem o niepełnosprawności – jeśli orzeczenie zawiera wskazanie do karty parkingowej. Za dziecko lub podopiecznego wniosek składa rodzic lub opiekun prawny.",
    en: "A person with a significant or moderate disability whose mobility is significantly limited, or a child under 16 with a disability certificate – if the certificate states that they qualify for a parking card. A parent or legal guardian applies for a child or ward.",
  },
  whatYouNeed: [
    { pl: "Orzeczenie ze wskazaniem do karty parkingowej", en: "The disability certificate stating that you qualify for a parking card" },
    { pl: "Aktualne zdjęcie o wymiarach 35 × 45 mm", en: "A recent 35 × 45 mm photograph" },
    { pl: "Potwierdzenie wniesienia opłaty 21 zł", en: "Proof of paying the PLN 21 fee" },
  ],
  fee: {
    amountGrosze: 2100,
    note: { pl: "Opłata za wydanie karty parkingowej (nie jest to opłata skarbowa); tyle samo kosztuje duplikat.", en: "Fee for issuing the parking card (not stamp duty); a duplicate costs the same." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Kartę wydaje się na czas ważności orzeczenia, nie dłużej niż na 5 lat. Kartę odbierasz osobiście i składasz na niej wzór podpisu.",
    en: "The card is valid as long as the certificate, for at most 5 years. You collect it in person and sign it at the office.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 8); rozporządzenie w sprawie kart parkingowych",
    en: "Road Traffic Act of 20 June 1997 (Article 8); regulation on parking cards",
  },
  departmentCode: "on",
  jrwaClass: "5621", // JRWA: verify against the assessment team's list
  keywords: ["karta parkingowa", "koperta", "parkowanie", "niepełnosprawny", "inwalida"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "holder",
        title: { pl: "Osoba, która otrzyma kartę", en: "The card holder" },
        fields: [
          {
            key: "cardFor",
            kind: "radio",
            label: { pl: "Dla kogo ma być karta?", en: "Who is the card for?" },
            options: [
              { value: "self", label: { pl: "Dla mnie", en: "For me" } },
              { value: "represented", label: { pl: "Dla dziecka lub osoby, której jestem opiekunem prawnym", en: "For my child or a person under my legal guardianship" } },
            ],
            errors: { required: { pl: "Wybierz, dla kogo ma być karta", en: "Select who the card is for" } },
          },
          { key: "holderName", kind: "text", label: { pl: "Imię i nazwisko dziecka lub podopiecznego", en: "Full name of the child or ward" }, showIf: { field: "cardFor", equals: "represented" }, maxLength: 200 },
          { key: "holderPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka lub podopiecznego", en: "PESEL number of the child or ward" }, showIf: { field: "cardFor", equals: "represented" } },
          { key: "certificateNumber", kind: "text", label: { pl: "Numer orzeczenia", en: "Certificate number" }, maxLength: 60, errors: { required: { pl: "Podaj numer orzeczenia", en: "Enter the certificate number" } } },
          { key: "certificateDate", kind: "date", label: { pl: "Data wydania orzeczenia", en: "Date of the certificate" }, max: "today" },
          { key: "certificatePermanent", kind: "yes-no", label: { pl: "Czy orzeczenie wydano na stałe?", en: "Was the certificate issued permanently?" } },
          {
            key: "certificateValidUntil",
            kind: "date",
            label: { pl: "Data ważności orzeczenia", en: "Certificate valid until" },
            showIf: { field: "certificatePermanent", equals: false },
            min: "today",
            errors: { tooEarly: { pl: "Orzeczenie straciło ważność – złóż najpierw wniosek o nowe orzeczenie", en: "The certificate has expired – apply for a new certificate first" } },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Zdjęcie i dokumenty", en: "Photo and documents" },
        fields: [
          { key: "photo", kind: "file", label: { pl: "Zdjęcie 35 × 45 mm", en: "Photo 35 × 45 mm" }, hint: { pl: "Kolorowe, na jasnym tle, jak do dowodu osobistego.", en: "In colour, on a light background, as for an ID card." }, accept: ["jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
          { key: "certificateCopy", kind: "file", label: { pl: "Orzeczenie ze wskazaniem do karty parkingowej", en: "Certificate stating you qualify for a parking card" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "paymentProof", kind: "file", label: { pl: "Potwierdzenie opłaty 21 zł", en: "Proof of the PLN 21 payment" }, hint: { pl: "Jeśli płacisz przez portal, nie musisz go dołączać.", en: "Not needed if you pay through the portal." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem danych jest przewodniczący zespołu do spraw orzekania o niepełnosprawności. Przetwarzamy je, w tym dane o zdrowiu, aby wydać kartę parkingową na podstawie Prawa o ruchu drogowym (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. g RODO); dane trafiają do centralnej ewidencji kart parkingowych. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the chair of the disability assessment team. We process the data, including health data, to issue the parking card under the Road Traffic Act (Article 6(1)(c) and 9(2)(g) GDPR); the data goes to the central parking card register. You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
