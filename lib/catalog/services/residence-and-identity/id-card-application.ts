/**
 * Wniosek o wydanie dowodu osobistego: for yourself or your child. From the age of 12 the
 * applicant's fingerprints are taken at the office, so the online application is completed by a
 * visit; for a child under 12 the office only needs the parent's signature. Data only.
 */
import { defineService } from "../../types";
import { fatherNameField } from "./shared-fields";
import { identityFields, phoneField } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const idCardApplication = defineService({
  id: "id-card-application",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Wniosek o wydanie dowodu osobistego", en: "Applying for an ID card" },
  summary: {
    pl: "Złóż wniosek o nowy dowód osobisty dla siebie lub swojego dziecka.",
    en: "Apply for a new ID card for yourself or your child.",
  },
  whoCanApply: {
    pl: "Obywatel polski – pełnoletni obowiązkowo, dziecko na wniosek rodzica lub opiekuna. Wniosek możesz złożyć w dowolnym urzędzie gminy i tam odbierzesz dowód. Osoby od 12. roku życia muszą przyjść do urzędu, aby złożyć odciski palców.",
    en: "A Polish citizen – compulsory for adults, for a child on the application of a parent or guardian. You can apply at any municipal office and collect the card there. People aged 12 or over must visit the office to give their fingerprints.",
  },
  whatYouNeed: [
    { pl: "Aktualne kolorowe zdjęcie 35 × 45 mm (plik JPG lub PNG), zrobione w ciągu ostatnich 6 miesięcy", en: "A recent colour photo, 35 × 45 mm (JPG or PNG file), taken within the last 6 months" },
    { pl: "Numer dotychczasowego dowodu, jeśli go wymieniasz", en: "The number of your current ID card, if you are replacing it" },
    { pl: "Dotychczasowy dowód do zwrotu przy odbiorze nowego", en: "Your current ID card, to hand back when you collect the new one" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Dowód osobisty jest bezpłatny.", en: "The ID card is free of charge." } },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Dowód wydaje się w terminie do 30 dni od złożenia wniosku, a w szczególnie uzasadnionych przypadkach może to potrwać dłużej. Powiadomimy Cię, gdy będzie gotowy do odbioru.",
    en: "The card is issued within 30 days of the application; in particularly justified cases it may take longer. We will tell you when it is ready to collect.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 6 sierpnia 2010 r. o dowodach osobistych",
    en: "Act of 6 August 2010 on identity cards",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5345",
  keywords: ["dowód osobisty", "nowy dowód", "wymiana dowodu", "e-dowód", "dowód dla dziecka"],
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
          ...identityFields,
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: { pl: "Powiadomimy Cię, gdy dowód będzie gotowy.", en: "We will tell you when the card is ready." },
            optional: true,
            autocomplete: "email",
          },
          phoneField,
        ],
      },
      {
        id: "holder",
        title: { pl: "Dla kogo ma być dowód", en: "Who the card is for" },
        fields: [
          {
            key: "holder",
            kind: "radio",
            label: { pl: "Dla kogo składasz wniosek?", en: "Who are you applying for?" },
            options: [
              { value: "self", label: { pl: "Dla siebie", en: "Myself" } },
              { value: "child", label: { pl: "Dla mojego dziecka lub podopiecznego", en: "My child or ward" } },
            ],
            errors: { required: { pl: "Wybierz, dla kogo składasz wniosek", en: "Select who you are applying for" } },
          },
          { key: "childName", kind: "text", label: { pl: "Imię (imiona) i nazwisko dziecka", en: "Child's full name" }, showIf: { field: "holder", equals: "child" }, maxLength: 200 },
          { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" }, showIf: { field: "holder", equals: "child" } },
          { key: "birthName", kind: "text", label: { pl: "Nazwisko rodowe", en: "Family name at birth" }, maxLength: 100 },
          { key: "birthPlace", kind: "text", label: { pl: "Miejsce urodzenia", en: "Place of birth" }, maxLength: 100 },
          fatherNameField,
          { key: "motherName", kind: "text", label: { pl: "Imię matki", en: "Mother's given name" }, optional: true, maxLength: 100 },
          { key: "motherBirthName", kind: "text", label: { pl: "Nazwisko rodowe matki", en: "Mother's family name at birth" }, optional: true, maxLength: 100 },
        ],
      },
      {
        id: "card",
        title: { pl: "Dowód i zdjęcie", en: "Card and photo" },
        fields: [
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego składasz wniosek?", en: "Why are you applying?" },
            options: [
              { value: "first", label: { pl: "To pierwszy dowód", en: "It is the first ID card" } },
              { value: "expiry", label: { pl: "Upływa termin ważności dowodu", en: "The card is about to expire" } },
              { value: "data-change", label: { pl: "Zmieniły się dane, na przykład nazwisko", en: "Personal data changed, for example the surname" } },
              { value: "lost", label: { pl: "Dowód zaginął lub został skradziony", en: "The card was lost or stolen" } },
              { value: "damaged", label: { pl: "Dowód jest uszkodzony", en: "The card is damaged" } },
              { value: "appearance", label: { pl: "Zmienił się mój wygląd", en: "My appearance has changed" } },
            ],
            errors: { required: { pl: "Wybierz powód złożenia wniosku", en: "Select why you are applying" } },
          },
          {
            key: "previousCardNumber",
            kind: "id-card",
            label: { pl: "Seria i numer dotychczasowego dowodu", en: "Series and number of the current ID card" },
            showIf: { field: "reason", in: ["expiry", "data-change", "damaged", "appearance"] },
            optional: true,
          },
          {
            key: "photo",
            kind: "file",
            label: { pl: "Zdjęcie do dowodu", en: "Photo for the card" },
            hint: {
              pl: "Kolorowe, 35 × 45 mm, na jasnym tle, twarz na wprost, bez nakrycia głowy i ciemnych okularów.",
              en: "In colour, 35 × 45 mm, on a light background, facing the camera, without headwear or dark glasses.",
            },
            accept: ["jpg", "png"],
            maxSizeMb: 5,
            maxFiles: 1,
          },
          {
            key: "signatureCertificate",
            kind: "yes-no",
            label: { pl: "Czy w dowodzie ma być certyfikat podpisu osobistego?", en: "Should the card include a personal signature certificate?" },
            hint: { pl: "Pozwala podpisywać dokumenty elektronicznie. Dotyczy osób z pełną zdolnością do czynności prawnych.", en: "Lets you sign documents electronically. Available to people with full legal capacity." },
            errors: { required: { pl: "Odpowiedz, czy dowód ma mieć certyfikat podpisu osobistego", en: "Select whether the card should include a signature certificate" } },
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "visitInfo",
            kind: "info",
            label: { pl: "Wizyta w urzędzie", en: "Visiting the office" },
            hint: {
              pl: "Jeśli osoba, dla której ma być dowód, ma co najmniej 12 lat, przyjdźcie do urzędu złożyć odciski palców i wzór podpisu. Skontaktujemy się, aby ustalić termin.",
              en: "If the person the card is for is 12 or older, they must come to the office to give fingerprints and a specimen signature. We will contact you to arrange a time.",
            },
          },
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta, a w Rejestrze Dowodów Osobistych – minister właściwy do spraw informatyzacji. Przetwarzamy je, aby wydać dowód osobisty na podstawie ustawy o dowodach osobistych (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of the data is the mayor (wójt, burmistrz or prezydent miasta) and, in the ID Card Register, the minister responsible for digital affairs. We process it to issue the ID card under the Act on identity cards (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
