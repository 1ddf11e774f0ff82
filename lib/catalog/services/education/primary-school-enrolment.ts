/**
 * Przyjęcie do klasy I szkoły podstawowej: a notification (zgłoszenie) to the catchment school, or
 * an application (wniosek) to schools outside the catchment area (art. 133 and 151 of the School
 * Education Law). Data only.
 */
import { defineService } from "../../types";
import { childAddressField, childFamilyNameField, childGivenNameField, childPeselField } from "./shared-fields";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";

export const primarySchoolEnrolment = defineService({
  id: "primary-school-enrolment",
  version: 1,
  category: "education",
  name: { pl: "Zapisy do klasy I szkoły podstawowej", en: "Enrolling your child in year 1 of primary school" },
  summary: {
    pl: "Zgłoś dziecko do szkoły obwodowej albo złóż wniosek o przyjęcie do szkoły spoza obwodu.",
    en: "Register your child at the catchment school, or apply for a school outside your catchment area.",
  },
  whoCanApply: {
    pl: "Rodzic lub opiekun prawny dziecka, które w danym roku kończy 7 lat (albo 6 lat, jeśli było w przedszkolu lub ma opinię poradni). Dziecko z obwodu szkoły jest przyjmowane z urzędu na podstawie zgłoszenia.",
    en: "A parent or legal guardian of a child turning 7 this year (or 6, if they attended preschool or have a counselling centre's opinion). A child from the catchment area is admitted on a simple notification.",
  },
  whatYouNeed: [
    { pl: "Numer PESEL dziecka", en: "Your child's PESEL number" },
    { pl: "Oświadczenie o miejscu zamieszkania rodziców i dziecka", en: "A statement on where the parents and the child live" },
    { pl: "Dokumenty potwierdzające kryteria rekrutacji – tylko przy wniosku do szkoły spoza obwodu", en: "Documents confirming the admission criteria – only when applying outside the catchment area" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zapisy są bezpłatne.", en: "Enrolment is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dziecko z obwodu jest przyjmowane bez postępowania rekrutacyjnego. Wyniki rekrutacji do szkół spoza obwodu ogłasza komisja w terminach z harmonogramu rekrutacji.",
    en: "A child from the catchment area is admitted without recruitment. Results for schools outside the catchment area are announced on the dates in the recruitment schedule.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe (art. 133, 149–158)",
    en: "Act of 14 December 2016 – School Education Law (Articles 133, 149–158)",
  },
  departmentCode: "ow",
  jrwaClass: "4430", // JRWA: verify against the office's list
  keywords: ["zapisy do szkoły", "pierwsza klasa", "szkoła obwodowa", "rekrutacja do szkoły", "zerówka"],
  form: {
    version: 1,
    steps: [
      {
        id: "parent",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: { pl: "Zgłoszenie lub wniosek składa rodzic lub opiekun prawny.", en: "A parent or legal guardian files." },
        fields: [
          ...identityFields, homeAddressField, ...contactFields,
          { key: "secondParentName", kind: "text", label: { pl: "Imię i nazwisko drugiego rodzica", en: "Name of the other parent" }, optional: true, maxLength: 200 },
        ],
      },
      {
        id: "child",
        title: { pl: "Dane dziecka", en: "Your child's details" },
        fields: [
          childGivenNameField, childFamilyNameField, childPeselField,
          { key: "childBirthDate", kind: "date", label: { pl: "Data urodzenia dziecka", en: "Child's date of birth" }, min: { daysFromToday: -5475 }, max: "today" },
          { key: "childSameAddress", kind: "yes-no", label: { pl: "Czy dziecko mieszka pod Twoim adresem?", en: "Does your child live at your address?" } },
          childAddressField,
        ],
      },
      {
        id: "school",
        title: { pl: "Szkoła", en: "The school" },
        fields: [
          {
            key: "enrolmentType",
            kind: "radio",
            label: { pl: "Do jakiej szkoły zapisujesz dziecko?", en: "Which school are you enrolling your child in?" },
            options: [
              { value: "catchment", label: { pl: "Do szkoły obwodowej (zgłoszenie)", en: "The catchment school (notification)" } },
              { value: "outside", label: { pl: "Do szkoły spoza obwodu (wniosek, rekrutacja)", en: "A school outside the catchment area (application, recruitment)" } },
            ],
            errors: { required: { pl: "Wybierz, do jakiej szkoły zapisujesz dziecko", en: "Select which school you are enrolling your child in" } },
          },
          { key: "catchmentSchool", kind: "text", label: { pl: "Nazwa szkoły obwodowej", en: "Name of the catchment school" }, showIf: { field: "enrolmentType", equals: "catchment" }, maxLength: 300 },
          {
            key: "preferredSchools",
            kind: "group",
            label: { pl: "Szkoły w kolejności od najbardziej preferowanej", en: "Schools, most preferred first" },
            hint: { pl: "Możesz wskazać najwyżej trzy szkoły.", en: "You can list at most three." },
            showIf: { field: "enrolmentType", equals: "outside" },
            itemLabel: { pl: "Wybór {n}", en: "Choice {n}" },
            minItems: 1,
            maxItems: 3,
            fields: [{ key: "schoolName", kind: "text", label: { pl: "Nazwa i adres szkoły", en: "School name and address" }, maxLength: 300 }],
          },
          { key: "criteriaDocuments", kind: "file", label: { pl: "Dokumenty potwierdzające kryteria rekrutacji", en: "Documents confirming the admission criteria" }, showIf: { field: "enrolmentType", equals: "outside" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem danych osobowych jest dyrektor szkoły, do której kierujesz zgłoszenie lub wniosek, a w zakresie systemu rekrutacji – wójt, burmistrz lub prezydent miasta. Przetwarzamy dane Twoje i dziecka, aby przyjąć dziecko do szkoły na podstawie Prawa oświatowego (art. 6 ust. 1 lit. c oraz art. 9 ust. 2 lit. g RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the head of the school you apply to and, for the recruitment system, the mayor. We process your and your child's data to admit your child under the School Education Law (Article 6(1)(c) and Article 9(2)(g) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku, w tym o miejscu zamieszkania rodziców i dziecka, są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in this application, including where the parents and the child live, is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
