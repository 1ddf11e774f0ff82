/**
 * Wniosek o nadanie numeru PESEL: for a person who has none but needs one under a specific law
 * (e.g. a foreign employee, or a child born abroad). Filed online by a parent, guardian or
 * attorney who has a PESEL and signs in; the person's own data comes in step two. Data only.
 */
import { defineService } from "../../types";
import { fatherNameField } from "./shared-fields";
import { contactFields, identityFields } from "../shared/applicant";
import { truthDeclarationField } from "../shared/declaration";

export const peselNumberAssignment = defineService({
  id: "pesel-number-assignment",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Wniosek o nadanie numeru PESEL", en: "Applying for a PESEL number" },
  summary: {
    pl: "Złóż wniosek o nadanie numeru PESEL osobie, która go nie ma, a potrzebuje go na podstawie przepisów.",
    en: "Apply for a PESEL number for a person who has none but needs one under the law.",
  },
  whoCanApply: {
    pl: "Rodzic, opiekun prawny lub pełnomocnik osoby bez numeru PESEL – cudzoziemca albo obywatela polskiego, któremu go nie nadano – jeśli przepis wymaga, by ta osoba miała PESEL (np. w sprawach zatrudnienia, ubezpieczenia, podatków). Osoby meldujące się i dzieci rejestrowane w Polsce dostają PESEL automatycznie.",
    en: "A parent, legal guardian or attorney of a person without a PESEL number – a foreign national or a Polish citizen who was never given one – if a law requires that person to have one (for example for employment, insurance or tax). People who register their residence and children registered in Poland get a PESEL automatically.",
  },
  whatYouNeed: [
    { pl: "Dokument podróży lub inny dokument tożsamości tej osoby (skan)", en: "The person's travel document or other identity document (scan)" },
    { pl: "Wskazanie przepisu, który wymaga posiadania numeru PESEL", en: "The rule that requires the person to have a PESEL number" },
    { pl: "Pełnomocnictwo, jeśli działasz jako pełnomocnik", en: "A power of attorney, if you act as an attorney" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Nadanie numeru PESEL jest bezpłatne. Złożenie pełnomocnictwa kosztuje 17 zł, chyba że udziela go członek najbliższej rodziny.",
      en: "Assigning a PESEL number is free. Filing a power of attorney costs 17 zł, unless it is granted by a close family member.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Numer jest nadawany w rejestrze PESEL od razu po przyjęciu kompletnego wniosku; urząd przekaże potwierdzenie nadania.",
    en: "The number is assigned in the PESEL register as soon as the complete application is accepted; the office will send a confirmation.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (przepisy o nadawaniu numeru PESEL)",
    en: "Act of 24 September 2010 on population records (provisions on assigning the PESEL number)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5340",
  keywords: ["nadanie peselu", "pesel dla cudzoziemca", "numer pesel", "pesel dla pracownika", "pesel dziecka urodzonego za granicą"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: {
          pl: "Twoje imię, nazwisko i numer PESEL pobraliśmy z tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields,
          {
            key: "role",
            kind: "radio",
            label: { pl: "Kim jesteś dla osoby, której ma być nadany PESEL?", en: "What is your relationship to the person who needs a PESEL?" },
            options: [
              { value: "parent", label: { pl: "Rodzicem", en: "Parent" } },
              { value: "guardian", label: { pl: "Opiekunem prawnym", en: "Legal guardian" } },
              { value: "attorney", label: { pl: "Pełnomocnikiem", en: "Attorney" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś dla tej osoby", en: "Select your relationship to the person" } },
          },
          ...contactFields,
        ],
      },
      {
        id: "subject",
        title: { pl: "Osoba, której ma być nadany PESEL", en: "The person who needs a PESEL" },
        description: {
          pl: "Wpisz dane tak, jak w dokumencie podróży, alfabetem łacińskim.",
          en: "Enter the details as in the travel document, in the Latin alphabet.",
        },
        fields: [
          { key: "subjectGivenNames", kind: "text", label: { pl: "Imię (imiona)", en: "Given name(s)" }, maxLength: 100 },
          { key: "subjectFamilyName", kind: "text", label: { pl: "Nazwisko", en: "Family name" }, maxLength: 100 },
          { key: "subjectBirthName", kind: "text", label: { pl: "Nazwisko rodowe", en: "Family name at birth" }, optional: true, maxLength: 100 },
          {
            key: "subjectSex",
            kind: "radio",
            label: { pl: "Płeć", en: "Sex" },
            options: [
              { value: "female", label: { pl: "Kobieta", en: "Female" } },
              { value: "male", label: { pl: "Mężczyzna", en: "Male" } },
            ],
            errors: { required: { pl: "Wybierz płeć", en: "Select the sex" } },
          },
          { key: "subjectBirthDate", kind: "date", label: { pl: "Data urodzenia", en: "Date of birth" }, min: { date: "1900-01-01" }, max: "today" },
          { key: "subjectBirthPlace", kind: "text", label: { pl: "Miejsce i państwo urodzenia", en: "Place and country of birth" }, maxLength: 200 },
          { key: "subjectCitizenship", kind: "text", label: { pl: "Obywatelstwo", en: "Citizenship" }, maxLength: 100 },
          fatherNameField,
          { key: "motherName", kind: "text", label: { pl: "Imię matki", en: "Mother's given name" }, optional: true, maxLength: 100 },
          { key: "travelDocument", kind: "text", label: { pl: "Rodzaj, seria i numer dokumentu tożsamości", en: "Type, series and number of the identity document" }, hint: { pl: "Na przykład: paszport FA1234567.", en: "For example: passport FA1234567." }, maxLength: 100 },
          { key: "documentExpiry", kind: "date", label: { pl: "Data ważności dokumentu", en: "Document expiry date" }, min: "today" },
        ],
      },
      {
        id: "basis",
        title: { pl: "Podstawa i dokumenty", en: "Legal basis and documents" },
        fields: [
          {
            key: "legalProvision",
            kind: "long-text",
            label: { pl: "Do czego potrzebny jest numer PESEL?", en: "What is the PESEL number needed for?" },
            hint: { pl: "Wskaż sprawę i przepis, na przykład: zgłoszenie do ubezpieczeń w ZUS przez pracodawcę.", en: "Name the matter and the rule, for example: registration for social insurance by an employer." },
            maxLength: 1000,
            errors: { required: { pl: "Podaj, do czego potrzebny jest numer PESEL", en: "Enter what the PESEL number is needed for" } },
          },
          { key: "identityDocumentScan", kind: "file", label: { pl: "Skan dokumentu tożsamości", en: "Scan of the identity document" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          {
            key: "powerOfAttorney",
            kind: "file",
            label: { pl: "Pełnomocnictwo", en: "Power of attorney" },
            showIf: { field: "role", equals: "attorney" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "guardianshipDocument",
            kind: "file",
            label: { pl: "Dokument potwierdzający opiekę prawną", en: "Document confirming legal guardianship" },
            showIf: { field: "role", equals: "guardian" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta, a w rejestrze PESEL – minister właściwy do spraw informatyzacji. Przetwarzamy je, aby nadać numer PESEL na podstawie ustawy o ewidencji ludności (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of the data is the mayor (wójt, burmistrz or prezydent miasta) and, in the PESEL register, the minister responsible for digital affairs. We process it to assign the PESEL number under the Act on population records (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
