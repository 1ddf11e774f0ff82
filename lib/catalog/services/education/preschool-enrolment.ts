/**
 * Rekrutacja do publicznego przedszkola lub oddziału przedszkolnego (art. 131 and 150 of the
 * School Education Law): up to three preferences, statutory criteria, declarations under penalty.
 * Data only.
 */
import { defineService } from "../../types";
import { childAddressField, childFamilyNameField, childGivenNameField, childPeselField } from "./shared-fields";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";

export const preschoolEnrolment = defineService({
  id: "preschool-enrolment",
  version: 1,
  category: "education",
  name: { pl: "Rekrutacja do przedszkola", en: "Preschool admission" },
  summary: {
    pl: "Złóż wniosek o przyjęcie dziecka do publicznego przedszkola lub oddziału przedszkolnego w szkole, wskazując do trzech placówek.",
    en: "Apply for your child's place in a public preschool or a preschool class at a school, listing up to three choices.",
  },
  whoCanApply: {
    pl: "Rodzic lub opiekun prawny dziecka w wieku od 3 do 6 lat (wyjątkowo od 2,5 roku), które mieszka w gminie. Termin składania wniosków podaje harmonogram rekrutacji.",
    en: "A parent or legal guardian of a child aged 3 to 6 (exceptionally from 2½) living in the municipality. The recruitment schedule gives the filing dates.",
  },
  whatYouNeed: [
    { pl: "Numer PESEL dziecka", en: "Your child's PESEL number" },
    { pl: "Oświadczenie o wielodzietności rodziny, jeśli dotyczy", en: "A statement that yours is a large family, if relevant" },
    { pl: "Orzeczenie o potrzebie kształcenia specjalnego lub o niepełnosprawności, jeśli dotyczy", en: "A special education needs or disability certificate, if relevant" },
    { pl: "Wyrok orzekający rozwód lub separację albo akt zgonu oraz oświadczenie o samotnym wychowywaniu dziecka, jeśli dotyczy", en: "A divorce or separation judgment or a death certificate, and a statement that you raise the child alone, if relevant" },
    { pl: "Dokument potwierdzający objęcie dziecka pieczą zastępczą, jeśli dotyczy", en: "A document confirming foster care, if relevant" },
    { pl: "Dokumenty potwierdzające kryteria z uchwały rady gminy, jeśli je spełniasz", en: "Documents confirming the council's local criteria, if you meet them" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Rekrutacja jest bezpłatna. Przedszkole publiczne zapewnia bezpłatnie 5 godzin zajęć dziennie; za dodatkowe godziny i wyżywienie płaci się według uchwały rady.",
      en: "Recruitment is free. A public preschool provides 5 hours a day free of charge; extra hours and meals are paid under the council's resolution.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Wyniki ogłasza komisja rekrutacyjna w terminach z harmonogramu rekrutacji, a nie w ciągu określonej liczby dni od złożenia wniosku. Od wyników możesz odwołać się do komisji, a potem do dyrektora.",
    en: "The admissions committee announces results on the dates in the recruitment schedule, not within a set number of days of filing. You can challenge the results with the committee, then the head.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe (art. 131, 149–158)",
    en: "Act of 14 December 2016 – School Education Law (Articles 131, 149–158)",
  },
  departmentCode: "ow",
  jrwaClass: "4430", // JRWA: verify against the office's list
  keywords: ["przedszkole", "rekrutacja do przedszkola", "zapisy do przedszkola", "zerówka", "nabór"],
  form: {
    version: 1,
    steps: [
      {
        id: "parent",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: { pl: "Wniosek składa rodzic lub opiekun prawny.", en: "A parent or legal guardian applies." },
        fields: [
          ...identityFields, homeAddressField, ...contactFields,
          { key: "secondParentName", kind: "text", label: { pl: "Imię i nazwisko drugiego rodzica", en: "Name of the other parent" }, hint: { pl: "Zostaw puste, jeśli nie dotyczy.", en: "Leave empty if not applicable." }, optional: true, maxLength: 200 },
        ],
      },
      {
        id: "child",
        title: { pl: "Dane dziecka", en: "Your child's details" },
        fields: [
          childGivenNameField, childFamilyNameField, childPeselField,
          { key: "childBirthDate", kind: "date", label: { pl: "Data urodzenia dziecka", en: "Child's date of birth" }, min: { daysFromToday: -3650 }, max: "today" },
          { key: "childSameAddress", kind: "yes-no", label: { pl: "Czy dziecko mieszka pod Twoim adresem?", en: "Does your child live at your address?" } },
          childAddressField,
        ],
      },
      {
        id: "preferences",
        title: { pl: "Wybrane przedszkola", en: "Chosen preschools" },
        fields: [
          {
            key: "preferredPreschools",
            kind: "group",
            label: { pl: "Przedszkola w kolejności od najbardziej preferowanego", en: "Preschools, most preferred first" },
            hint: { pl: "Możesz wskazać najwyżej trzy placówki.", en: "You can list at most three." },
            itemLabel: { pl: "Wybór {n}", en: "Choice {n}" },
            minItems: 1,
            maxItems: 3,
            fields: [
              { key: "preschoolName", kind: "text", label: { pl: "Nazwa i adres przedszkola lub szkoły z oddziałem przedszkolnym", en: "Name and address of the preschool or school" }, maxLength: 300 },
            ],
          },
          { key: "hoursPerDay", kind: "integer", label: { pl: "Ile godzin dziennie dziecko będzie w przedszkolu?", en: "How many hours a day will your child attend?" }, optional: true, minValue: 1, maxValue: 12 },
        ],
      },
      {
        id: "criteria",
        title: { pl: "Kryteria rekrutacji", en: "Admission criteria" },
        fields: [
          {
            key: "statutoryCriteria",
            kind: "checkboxes",
            label: { pl: "Kryteria ustawowe, które spełnia dziecko", en: "Statutory criteria your child meets" },
            hint: { pl: "Zaznacz wszystkie, które dotyczą. Każde trzeba potwierdzić dokumentem.", en: "Tick all that apply. Each must be confirmed with a document." },
            optional: true,
            options: [
              { value: "large-family", label: { pl: "Wielodzietność rodziny (troje lub więcej dzieci)", en: "Large family (three or more children)" } },
              { value: "child-disability", label: { pl: "Niepełnosprawność dziecka", en: "The child's disability" } },
              { value: "one-parent-disability", label: { pl: "Niepełnosprawność jednego z rodziców", en: "One parent's disability" } },
              { value: "both-parents-disability", label: { pl: "Niepełnosprawność obojga rodziców", en: "Both parents' disability" } },
              { value: "sibling-disability", label: { pl: "Niepełnosprawność rodzeństwa", en: "A sibling's disability" } },
              { value: "single-parent", label: { pl: "Samotne wychowywanie dziecka", en: "Raising the child alone" } },
              { value: "foster-care", label: { pl: "Objęcie dziecka pieczą zastępczą", en: "The child is in foster care" } },
            ],
          },
          { key: "localCriteria", kind: "long-text", label: { pl: "Kryteria z uchwały rady gminy, które spełniasz", en: "Local criteria from the council's resolution that you meet" }, hint: { pl: "Na przykład: oboje rodzice pracują, rodzeństwo uczęszcza do tego przedszkola.", en: "For example: both parents work, a sibling attends this preschool." }, optional: true, maxLength: 1000 },
          { key: "criteriaDocuments", kind: "file", label: { pl: "Dokumenty i oświadczenia potwierdzające kryteria", en: "Documents and statements confirming the criteria" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem danych osobowych jest dyrektor przedszkola lub szkoły, do której kierujesz wniosek, a w zakresie systemu rekrutacji – wójt, burmistrz lub prezydent miasta. Przetwarzamy dane Twoje i dziecka, w tym o zdrowiu, aby przeprowadzić rekrutację na podstawie Prawa oświatowego (art. 6 ust. 1 lit. c oraz art. 9 ust. 2 lit. g RODO). Dane kandydatów nieprzyjętych przechowujemy przez rok. Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the head of the preschool or school you apply to and, for the recruitment system, the mayor. We process your and your child's data, including health data, to run the admissions under the School Education Law (Article 6(1)(c) and Article 9(2)(g) GDPR). Data of children not admitted is kept for a year. You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku i oświadczenia o spełnianiu kryteriów są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in this application and the statements on the criteria are true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
