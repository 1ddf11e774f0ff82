/**
 * Sprawdzenie danych w rejestrze PESEL i rejestrze mieszkańców oraz usunięcie niezgodności, on the
 * request of the person concerned (art. 11 of the Act on population records). Not in the research
 * JSON; listed on ePUAP/gov.pl as a municipal service. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const populationRegisterDataCheck = defineService({
  id: "population-register-data-check",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Sprawdzenie danych w rejestrze PESEL i usunięcie niezgodności",
    en: "Checking your data in the PESEL register and correcting errors",
  },
  summary: {
    pl: "Poproś o sprawdzenie i poprawienie swoich danych w rejestrze PESEL lub rejestrze mieszkańców, gdy są błędne lub nieaktualne.",
    en: "Ask for your data in the PESEL register or the register of residents to be checked and corrected when it is wrong or out of date.",
  },
  whoCanApply: {
    pl: "Osoba, której dane dotyczą, a za dziecko lub osobę ubezwłasnowolnioną – rodzic, opiekun prawny lub kurator. Błędy w danych z aktów stanu cywilnego (np. w imieniu lub dacie urodzenia) urząd przekaże do poprawienia właściwemu kierownikowi urzędu stanu cywilnego.",
    en: "The person the data concerns, or for a child or a person without legal capacity – a parent, legal guardian or curator. Errors in data taken from civil status records (such as a name or date of birth) are passed by the office to the competent civil registrar for correction.",
  },
  whatYouNeed: [
    { pl: "Opis, które dane są błędne i jak powinny brzmieć", en: "A description of which data is wrong and what it should be" },
    { pl: "Dokumenty potwierdzające prawidłowe dane (np. odpis aktu, decyzję, dokument podróży)", en: "Documents showing the correct data (such as a civil record copy, a decision, a travel document)" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Sprawdzenie i poprawienie danych jest bezpłatne.", en: "Checking and correcting the data is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd usuwa niezgodność niezwłocznie po zakończeniu postępowania wyjaśniającego i zawiadamia Cię o sposobie załatwienia sprawy.",
    en: "The office corrects the data as soon as it has finished its fact-finding and tells you how the matter was handled.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (art. 11)",
    en: "Act of 24 September 2010 on population records (Article 11)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5340",
  keywords: ["błąd w peselu", "korekta danych", "złe dane w rejestrze", "niezgodność danych", "aktualizacja danych"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "discrepancy",
        title: { pl: "Niezgodność w danych", en: "The error in the data" },
        fields: [
          {
            key: "subject",
            kind: "radio",
            label: { pl: "Czyich danych dotyczy wniosek?", en: "Whose data is the application about?" },
            options: [
              { value: "self", label: { pl: "Moich", en: "Mine" } },
              { value: "child", label: { pl: "Mojego dziecka lub podopiecznego", en: "My child's or ward's" } },
            ],
            errors: { required: { pl: "Wybierz, czyich danych dotyczy wniosek", en: "Select whose data the application is about" } },
          },
          { key: "childName", kind: "text", label: { pl: "Imię i nazwisko dziecka", en: "Child's full name" }, showIf: { field: "subject", equals: "child" }, maxLength: 200 },
          { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" }, showIf: { field: "subject", equals: "child" } },
          {
            key: "wrongData",
            kind: "checkboxes",
            label: { pl: "Które dane są błędne lub nieaktualne?", en: "Which data is wrong or out of date?" },
            options: [
              { value: "names", label: { pl: "Imię, nazwisko lub nazwisko rodowe", en: "Given name, surname or surname at birth" } },
              { value: "birth", label: { pl: "Data lub miejsce urodzenia", en: "Date or place of birth" } },
              { value: "parents", label: { pl: "Dane rodziców", en: "Parents' details" } },
              { value: "civil-status", label: { pl: "Stan cywilny lub dane małżonka", en: "Civil status or spouse's details" } },
              { value: "citizenship", label: { pl: "Obywatelstwo", en: "Citizenship" } },
              { value: "address", label: { pl: "Adres zameldowania", en: "Registered address" } },
              { value: "documents", label: { pl: "Dane dowodu osobistego lub paszportu", en: "ID card or passport details" } },
              { value: "other", label: { pl: "Inne", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz, które dane są błędne", en: "Select which data is wrong" } },
          },
          {
            key: "description",
            kind: "long-text",
            label: { pl: "Co jest błędne i jak powinno brzmieć?", en: "What is wrong and what should it be?" },
            hint: { pl: "Na przykład: w rejestrze jest miejsce urodzenia „Gliwce”, powinno być „Gliwice”.", en: "For example: the register shows the place of birth as “Gliwce”; it should be “Gliwice”." },
            maxLength: 3000,
            errors: { required: { pl: "Opisz błąd i prawidłowe dane", en: "Describe the error and the correct data" } },
          },
          {
            key: "supportingDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające prawidłowe dane", en: "Documents showing the correct data" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby sprawdzić i poprawić dane w rejestrze PESEL i rejestrze mieszkańców na podstawie ustawy o ewidencji ludności (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta). We process it to check and correct the data in the PESEL register and the register of residents under the Act on population records (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
