/**
 * Petycja under the Act on petitions (art. 2–10): a demand that the council or the mayor change the
 * law, make a decision or take an action in the public interest. Petitions to the council go to its
 * complaints, proposals and petitions committee. Data only.
 */
import { defineService } from "../../types";
import { attachmentsField } from "./shared-fields";
import { familyNameField, givenNameField, phoneField } from "../shared/applicant";

export const petition = defineService({
  id: "petition",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Petycja", en: "Petition" },
  summary: {
    pl: "Złóż petycję do rady gminy lub do wójta, burmistrza albo prezydenta miasta – sam lub razem z innymi.",
    en: "Submit a petition to the municipal council or the mayor – alone or together with others.",
  },
  whoCanApply: {
    pl: "Osoba fizyczna, osoba prawna, organizacja bez osobowości prawnej albo grupa tych podmiotów – we własnym interesie, w interesie publicznym albo w interesie innej osoby za jej zgodą.",
    en: "An individual, a legal person, an organisation without legal personality or a group of them – in their own interest, in the public interest or on behalf of another person with their consent.",
  },
  whatYouNeed: [
    { pl: "Treść petycji: czego żądasz i dlaczego", en: "The petition: what you are asking for and why" },
    { pl: "Dane każdego współautora – przy petycji wspólnej", en: "Details of each co-author – for a joint petition" },
    { pl: "Pisemna zgoda osoby, w której interesie składasz petycję – jeśli nie jest to Twój interes ani interes publiczny", en: "Written consent of the person on whose behalf you submit it – if it is not in your own or the public interest" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Złożenie petycji jest bezpłatne.", en: "Submitting a petition is free of charge." } },
  deadline: { kind: "months", months: 3 },
  deadlineNote: {
    pl: "Petycję rozpatruje się bez zbędnej zwłoki, najpóźniej w ciągu 3 miesięcy. Termin może się wydłużyć, najwyżej o kolejne 3 miesiące, jeśli trzeba poczekać na zmianę przepisów lub informacje od innych organów. Petycję publikuje się na stronie urzędu.",
    en: "The petition is dealt with without undue delay, within 3 months at the latest. This may be extended by up to 3 more months if a change in the law or information from other bodies is needed. The petition is published on the office's website.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 11 lipca 2014 r. o petycjach (art. 2–10)",
    en: "Act of 11 July 2014 on petitions (Articles 2–10)",
  },
  departmentCode: "brm",
  jrwaClass: "1520", // JRWA: verify against the office's list (petitions)
  keywords: ["petycja", "rada miasta", "żądanie", "apel", "zbiorowy wniosek"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          givenNameField, familyNameField,
          { key: "residenceAddress", kind: "address", label: { pl: "Miejsce zamieszkania", en: "Place of residence" } },
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: { pl: "Petycja złożona elektronicznie musi zawierać adres e-mail – na niego wyślemy odpowiedź.", en: "A petition submitted electronically must include an email address – we will reply to it." },
            autocomplete: "email",
            errors: { required: { pl: "Podaj adres e-mail", en: "Enter your email address" } },
          },
          phoneField,
          {
            key: "petitionerType",
            kind: "radio",
            label: { pl: "Kto wnosi petycję?", en: "Who is submitting the petition?" },
            options: [
              { value: "self", label: { pl: "Ja, we własnym imieniu", en: "Me, in my own name" } },
              { value: "organisation", label: { pl: "Organizacja, którą reprezentuję", en: "An organisation I represent" } },
              { value: "group", label: { pl: "Grupa osób lub organizacji, którą reprezentuję", en: "A group of people or organisations I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto wnosi petycję", en: "Select who is submitting the petition" } },
          },
          { key: "organisationName", kind: "text", label: { pl: "Nazwa i siedziba organizacji", en: "Name and seat of the organisation" }, showIf: { field: "petitionerType", equals: "organisation" }, maxLength: 300 },
          {
            key: "coPetitioners",
            kind: "group",
            label: { pl: "Pozostali członkowie grupy", en: "Other members of the group" },
            showIf: { field: "petitionerType", equals: "group" },
            itemLabel: { pl: "Współautor {n}", en: "Co-author {n}" },
            minItems: 1,
            maxItems: 100,
            fields: [
              { key: "coPetitionerName", kind: "text", label: { pl: "Imię i nazwisko lub nazwa", en: "Name" }, maxLength: 200 },
              { key: "coPetitionerAddress", kind: "text", label: { pl: "Miejsce zamieszkania lub siedziba", en: "Place of residence or seat" }, maxLength: 300 },
            ],
          },
        ],
      },
      {
        id: "petition",
        title: { pl: "Petycja", en: "The petition" },
        fields: [
          {
            key: "addressee",
            kind: "radio",
            label: { pl: "Do kogo kierujesz petycję?", en: "Who is the petition addressed to?" },
            options: [
              { value: "council", label: { pl: "Do rady gminy (miasta)", en: "The municipal (city) council" }, hint: { pl: "Na przykład zmiana uchwały.", en: "For example, changing a resolution." } },
              { value: "mayor", label: { pl: "Do wójta, burmistrza lub prezydenta miasta", en: "The mayor" } },
            ],
            errors: { required: { pl: "Wybierz adresata petycji", en: "Select who the petition is addressed to" } },
          },
          { key: "title", kind: "text", label: { pl: "Tytuł petycji", en: "Title of the petition" }, maxLength: 200 },
          {
            key: "subject",
            kind: "long-text",
            label: { pl: "Treść petycji", en: "Text of the petition" },
            hint: { pl: "Napisz, czego żądasz – na przykład zmiany uchwały lub podjęcia działania – i uzasadnij to.", en: "Say what you are asking for – for example, a change to a resolution or an action – and why." },
            maxLength: 10000,
            errors: { required: { pl: "Wpisz treść petycji", en: "Enter the text of the petition" } },
          },
          {
            key: "interest",
            kind: "radio",
            label: { pl: "W czyim interesie składasz petycję?", en: "In whose interest are you submitting the petition?" },
            options: [
              { value: "own-or-public", label: { pl: "We własnym lub publicznym", en: "My own or the public interest" } },
              { value: "third-party", label: { pl: "W interesie innej osoby lub organizacji", en: "Another person's or organisation's interest" } },
            ],
          },
          { key: "thirdPartyName", kind: "text", label: { pl: "Osoba lub organizacja, w której interesie składasz petycję", en: "Person or organisation on whose behalf you submit it" }, showIf: { field: "interest", equals: "third-party" }, maxLength: 300 },
          { key: "thirdPartyConsent", kind: "file", label: { pl: "Zgoda tej osoby lub organizacji", en: "Consent of that person or organisation" }, showIf: { field: "interest", equals: "third-party" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          attachmentsField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "publishConsent",
            kind: "yes-no",
            label: { pl: "Czy zgadzasz się na opublikowanie Twojego imienia i nazwiska (lub nazwy) na stronie urzędu razem z petycją?", en: "Do you agree to your name being published on the office's website with the petition?" },
            hint: { pl: "Treść petycji i data jej złożenia są publikowane zawsze.", en: "The text of the petition and its date are always published." },
          },
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest adresat petycji: rada gminy albo wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć petycję na podstawie ustawy o petycjach (art. 6 ust. 1 lit. c RODO), a imię i nazwisko publikujemy tylko za Twoją zgodą. Masz prawo dostępu do danych, ich sprostowania, cofnięcia zgody i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the addressee: the municipal council or the mayor. We process the data to consider the petition under the Act on petitions (Article 6(1)(c) GDPR), and publish your name only with your consent. You may access and correct your data, withdraw consent and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Potwierdzam, że dane w petycji są prawidłowe, a współautorzy zgodzili się na jej złożenie.", en: "I confirm that the information in the petition is correct and that any co-authors agreed to submit it." },
          },
        ],
      },
    ],
  },
});
