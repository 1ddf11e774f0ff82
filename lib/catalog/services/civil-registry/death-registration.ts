/**
 * Zgłoszenie zgonu: a relative (or the funeral home acting for them) reports a death to the civil
 * registry of the place of death on the basis of the death card. Data only.
 */
import { defineService } from "../../types";

export const deathRegistration = defineService({
  id: "death-registration",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zgłoszenie zgonu", en: "Registering a death" },
  summary: {
    pl: "Zgłoś zgon bliskiej osoby, aby urząd sporządził akt zgonu.",
    en: "Register the death of a close person so that the office draws up the death record.",
  },
  whoCanApply: {
    pl: "W pierwszej kolejności małżonek lub dzieci zmarłego, potem najbliżsi krewni i powinowaci, a także osoba, która była obecna przy zgonie lub dowiedziała się o nim. Zgłoś zgon w ciągu 3 dni od sporządzenia karty zgonu (przy chorobie zakaźnej – w ciągu 24 godzin). Często robi to za rodzinę zakład pogrzebowy.",
    en: "First the spouse or children of the deceased, then the closest relatives and in-laws, and also a person who was present at the death or learned of it. Register the death within 3 days of the death card being drawn up (24 hours for an infectious disease). A funeral home often does this for the family.",
  },
  whatYouNeed: [
    { pl: "Kartę zgonu (jeśli nie została przekazana do urzędu elektronicznie)", en: "The death card (if it was not sent to the office electronically)" },
    { pl: "Dowód osobisty zmarłego, jeśli go masz – zostanie unieważniony", en: "The deceased's ID card, if you have it – it will be cancelled" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Zgłoszenie jest bezpłatne; pierwszy odpis skrócony aktu zgonu otrzymasz bez opłaty.",
      en: "Registration is free; you receive the first short copy of the death record free of charge.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Akt zgonu jest sporządzany niezwłocznie po otrzymaniu karty zgonu i zgłoszenia.",
    en: "The death record is drawn up as soon as the death card and the notification arrive.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (rejestracja zgonu); ustawa z dnia 31 stycznia 1959 r. o cmentarzach i chowaniu zmarłych",
    en: "Act of 28 November 2014 – Civil Status Records Act (registration of death); Act of 31 January 1959 on cemeteries and burial",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5363",
  keywords: ["zgon", "akt zgonu", "śmierć", "karta zgonu", "pogrzeb"],
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
        id: "deceased",
        title: { pl: "Osoba zmarła", en: "The deceased" },
        fields: [
          { key: "deceasedName", kind: "text", label: { pl: "Imię i nazwisko osoby zmarłej", en: "Full name of the deceased" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko osoby zmarłej", en: "Enter the full name of the deceased" } } },
          { key: "deceasedPesel", kind: "pesel", label: { pl: "Numer PESEL osoby zmarłej", en: "PESEL number of the deceased" }, optional: true },
          { key: "deathDate", kind: "date", label: { pl: "Data zgonu", en: "Date of death" }, min: { date: "1900-01-01" }, max: "today", errors: { required: { pl: "Podaj datę zgonu", en: "Enter the date of death" } } },
          { key: "deathPlace", kind: "text", label: { pl: "Miejsce zgonu", en: "Place of death" }, hint: { pl: "Miejscowość, a jeśli zgon nastąpił w szpitalu – także jego nazwa.", en: "The town and, if the death occurred in a hospital, its name." }, maxLength: 200 },
          { key: "deathCardNumber", kind: "text", label: { pl: "Numer karty zgonu", en: "Death card number" }, optional: true, maxLength: 50 },
          {
            key: "deathCard",
            kind: "file",
            label: { pl: "Karta zgonu", en: "Death card" },
            hint: { pl: "Dołącz skan, jeśli lekarz nie przekazał karty elektronicznie. Oryginał złożysz w urzędzie.", en: "Attach a scan if the doctor did not send the card electronically. You will hand in the original at the office." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          { key: "deceasedIdCard", kind: "id-card", label: { pl: "Seria i numer dowodu osobistego zmarłego", en: "Series and number of the deceased's ID card" }, optional: true },
          {
            key: "relationship",
            kind: "radio",
            label: { pl: "Kim byłeś lub byłaś dla osoby zmarłej?", en: "What was your relationship to the deceased?" },
            options: [
              { value: "spouse", label: { pl: "Małżonkiem", en: "Spouse" } },
              { value: "child", label: { pl: "Dzieckiem", en: "Child" } },
              { value: "parent", label: { pl: "Rodzicem", en: "Parent" } },
              { value: "sibling", label: { pl: "Rodzeństwem", en: "Sibling" } },
              { value: "other-relative", label: { pl: "Innym krewnym lub powinowatym", en: "Another relative or in-law" } },
              { value: "other", label: { pl: "Inną osobą", en: "Someone else" } },
            ],
            errors: { required: { pl: "Wybierz, kim byłeś lub byłaś dla osoby zmarłej", en: "Select your relationship to the deceased" } },
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
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą.", en: "I declare that the information in this application is accurate." },
          },
        ],
      },
    ],
  },
});
