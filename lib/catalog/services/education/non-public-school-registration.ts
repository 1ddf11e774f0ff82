/**
 * Wpis do ewidencji szkół i placówek niepublicznych (art. 168 of the School Education Law): the
 * entry is made within 30 days of a complete application. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, peselField } from "../shared/applicant";

export const nonPublicSchoolRegistration = defineService({
  id: "non-public-school-registration",
  version: 1,
  category: "education",
  name: { pl: "Wpis do ewidencji szkół i placówek niepublicznych", en: "Registering a non-public school or preschool" },
  summary: {
    pl: "Złóż wniosek o wpis niepublicznego przedszkola, szkoły lub placówki do ewidencji prowadzonej przez gminę lub miasto.",
    en: "Apply to enter a non-public preschool, school or educational centre in the register kept by the municipality or city.",
  },
  whoCanApply: {
    pl: "Osoba fizyczna lub osoba prawna (na przykład fundacja, stowarzyszenie, spółka), która chce założyć niepubliczne przedszkole, szkołę lub placówkę. Gmina prowadzi ewidencję przedszkoli i szkół podstawowych, a miasto na prawach powiatu także szkół ponadpodstawowych.",
    en: "A person or a legal entity (such as a foundation, association or company) that wants to found a non-public preschool, school or centre. The municipality registers preschools and primary schools; a city with county rights also secondary schools.",
  },
  whatYouNeed: [
    { pl: "Projekt statutu szkoły lub placówki", en: "The draft statute of the school or centre" },
    { pl: "Informację o lokalu i warunkach nauki, wraz z opiniami sanepidu i straży pożarnej o lokalu", en: "Information on the premises and learning conditions, with the sanitary inspectorate's and fire service's opinions" },
    { pl: "Informację o kwalifikacjach nauczycieli i dyrektora", en: "Information on the qualifications of the teachers and the head" },
    { pl: "Zaświadczenie o niekaralności osoby prowadzącej (osoby fizycznej)", en: "A criminal record certificate of the founder (for a natural person)" },
    { pl: "Zobowiązanie do zapewnienia bezpiecznych i higienicznych warunków nauki", en: "An undertaking to ensure safe and hygienic learning conditions" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wpis do ewidencji jest bezpłatny.", en: "Registration is free." } },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Urząd dokonuje wpisu w ciągu 30 dni od złożenia kompletnego zgłoszenia i wydaje zaświadczenie o wpisie; odmowa następuje w drodze decyzji.",
    en: "The office makes the entry within 30 days of a complete application and issues a certificate of entry; a refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe (art. 168)",
    en: "Act of 14 December 2016 – School Education Law (Article 168)",
  },
  departmentCode: "ow",
  jrwaClass: "4410", // JRWA: verify against the office's list
  keywords: ["szkoła niepubliczna", "przedszkole prywatne", "ewidencja szkół", "założenie przedszkola", "wpis do ewidencji"],
  form: {
    version: 1,
    steps: [
      {
        id: "founder",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          {
            key: "founderType",
            kind: "radio",
            label: { pl: "Kto zakłada szkołę lub placówkę?", en: "Who is founding the school or centre?" },
            options: [
              { value: "person", label: { pl: "Ja, jako osoba fizyczna", en: "Me, as a natural person" } },
              { value: "legal-entity", label: { pl: "Osoba prawna, którą reprezentuję", en: "A legal entity I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto zakłada szkołę lub placówkę", en: "Select who is founding the school or centre" } },
          },
          { key: "entityName", kind: "text", label: { pl: "Pełna nazwa osoby prawnej", en: "Legal entity's full name" }, showIf: { field: "founderType", equals: "legal-entity" }, maxLength: 300 },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "founderType", equals: "legal-entity" } },
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "Business statistical number (REGON)" }, showIf: { field: "founderType", equals: "legal-entity" }, optional: true },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "National Court Register number (KRS)" }, showIf: { field: "founderType", equals: "legal-entity" }, optional: true },
          { key: "address", kind: "address", label: { pl: "Adres zamieszkania lub siedziby", en: "Home address or registered office" } },
          ...contactFields,
        ],
      },
      {
        id: "institution",
        title: { pl: "Szkoła lub placówka", en: "The school or centre" },
        fields: [
          { key: "institutionName", kind: "text", label: { pl: "Nazwa szkoły lub placówki", en: "Name of the school or centre" }, maxLength: 300 },
          {
            key: "institutionType",
            kind: "select",
            label: { pl: "Typ szkoły lub placówki", en: "Type of school or centre" },
            options: [
              { value: "preschool", label: { pl: "Przedszkole", en: "Preschool" } },
              { value: "preschool-other-form", label: { pl: "Inna forma wychowania przedszkolnego", en: "Other form of preschool education" } },
              { value: "primary-school", label: { pl: "Szkoła podstawowa", en: "Primary school" } },
              { value: "general-secondary", label: { pl: "Liceum ogólnokształcące", en: "General secondary school" } },
              { value: "technical-school", label: { pl: "Technikum", en: "Technical secondary school" } },
              { value: "vocational-school", label: { pl: "Branżowa szkoła I stopnia", en: "Stage I sectoral vocational school" } },
              { value: "post-secondary", label: { pl: "Szkoła policealna", en: "Post-secondary school" } },
              { value: "centre", label: { pl: "Placówka (na przykład ognisko pracy pozaszkolnej)", en: "Educational centre (such as an extracurricular centre)" } },
            ],
            errors: { required: { pl: "Wybierz typ szkoły lub placówki", en: "Select the type of school or centre" } },
          },
          { key: "institutionAddress", kind: "address", label: { pl: "Adres szkoły lub placówki", en: "Address of the school or centre" } },
          { key: "startDate", kind: "date", label: { pl: "Data rozpoczęcia działalności", en: "Start date" }, min: "today", max: { daysFromToday: 1095 } },
          { key: "capacity", kind: "integer", label: { pl: "Planowana liczba uczniów lub wychowanków", en: "Planned number of pupils" }, minValue: 1, maxValue: 5000 },
          { key: "statute", kind: "file", label: { pl: "Projekt statutu", en: "Draft statute" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "premisesInformation", kind: "file", label: { pl: "Informacja o lokalu z opiniami sanepidu i straży pożarnej", en: "Premises information with sanitary and fire service opinions" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "staffQualifications", kind: "file", label: { pl: "Informacja o kwalifikacjach nauczycieli i dyrektora", en: "Information on staff qualifications" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "criminalRecord", kind: "file", label: { pl: "Zaświadczenie o niekaralności", en: "Criminal record certificate" }, showIf: { field: "founderType", equals: "person" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, aby prowadzić ewidencję szkół i placówek niepublicznych na podstawie Prawa oświatowego (art. 6 ust. 1 lit. c RODO); dane z ewidencji są jawne w zakresie przewidzianym przepisami. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data to keep the register of non-public schools and centres under the School Education Law (Article 6(1)(c) GDPR); register data is public to the extent the law provides. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "safetyUndertaking",
            kind: "consent",
            label: { pl: "Zobowiązuję się zapewnić bezpieczne i higieniczne warunki nauki, wychowania i opieki w szkole lub placówce.", en: "I undertake to ensure safe and hygienic conditions for learning, upbringing and care at the school or centre." },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
