/**
 * Przyjęcie dziecka do żłobka miejskiego: admission to a municipal nursery for children from
 * 20 weeks to 3 years under the Act on care for children under 3 and the nursery's statute
 * (admission rules). Data only.
 */
import { defineService } from "../../types";
import { childFamilyNameField, childGivenNameField, childPeselField } from "./shared-fields";
import { emailField, homeAddressField, identityFields, requiredPhoneField } from "../shared/applicant";

export const nurseryEnrolment = defineService({
  id: "nursery-enrolment",
  version: 1,
  category: "education",
  name: { pl: "Zapisy do żłobka miejskiego", en: "Municipal nursery admission" },
  summary: {
    pl: "Złóż wniosek o przyjęcie dziecka w wieku od 20 tygodni do 3 lat do żłobka prowadzonego przez gminę.",
    en: "Apply for a place for your child aged 20 weeks to 3 years in a nursery run by the municipality.",
  },
  whoCanApply: {
    pl: "Rodzic lub opiekun prawny dziecka w wieku od 20 tygodni do 3 lat (do 4 lat, jeśli nie może ono pójść do przedszkola). Pierwszeństwo określa statut żłobka lub uchwała rady gminy.",
    en: "A parent or legal guardian of a child aged 20 weeks to 3 years (up to 4 if the child cannot go to preschool). Priority rules are in the nursery's statute or the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Numer PESEL dziecka", en: "Your child's PESEL number" },
    { pl: "Oświadczenia lub zaświadczenia potwierdzające kryteria pierwszeństwa, na przykład zatrudnienie rodziców", en: "Statements or certificates confirming priority criteria, such as the parents' employment" },
    { pl: "Orzeczenie o niepełnosprawności dziecka, jeśli dotyczy", en: "The child's disability certificate, if relevant" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wniosek jest bezpłatny. Opłatę za pobyt i wyżywienie ustala rada gminy; świadczenie „aktywnie w żłobku” może pokryć opłatę za pobyt do ustawowego limitu.",
      en: "The application is free. Fees for care and meals are set by the council; the state “aktywnie w żłobku” benefit may cover the care fee up to the statutory limit.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Ustawa nie wyznacza terminu. Dyrektor żłobka przyjmuje dzieci według kryteriów i kolejności zgłoszeń, zwykle w naborze na wrzesień; dziecko nieprzyjęte trafia na listę oczekujących.",
    en: "The law sets no deadline. The nursery's head admits children by the criteria and order of application, usually in the September intake; a child not admitted goes on the waiting list.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 4 lutego 2011 r. o opiece nad dziećmi w wieku do lat 3 oraz statut żłobka",
    en: "Act of 4 February 2011 on care for children under the age of 3 and the nursery's statute",
  },
  departmentCode: "ow",
  jrwaClass: "4430", // JRWA: verify against the office's list
  keywords: ["żłobek", "zapisy do żłobka", "opieka nad dzieckiem", "nabór do żłobka", "maluch"],
  form: {
    version: 1,
    steps: [
      {
        id: "parent",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [...identityFields, homeAddressField, emailField, requiredPhoneField],
      },
      {
        id: "child",
        title: { pl: "Dziecko i opieka", en: "Your child and the care" },
        fields: [
          childGivenNameField, childFamilyNameField, childPeselField,
          { key: "childBirthDate", kind: "date", label: { pl: "Data urodzenia dziecka", en: "Child's date of birth" }, min: { daysFromToday: -1461 }, max: "today" },
          { key: "startDate", kind: "date", label: { pl: "Od kiedy dziecko ma uczęszczać do żłobka?", en: "When should your child start?" }, min: "today", max: { daysFromToday: 730 } },
          {
            key: "preferredNurseries",
            kind: "group",
            label: { pl: "Żłobki w kolejności od najbardziej preferowanego", en: "Nurseries, most preferred first" },
            itemLabel: { pl: "Wybór {n}", en: "Choice {n}" },
            minItems: 1,
            maxItems: 3,
            fields: [{ key: "nurseryName", kind: "text", label: { pl: "Nazwa i adres żłobka", en: "Nursery name and address" }, maxLength: 300 }],
          },
        ],
      },
      {
        id: "criteria",
        title: { pl: "Kryteria pierwszeństwa", en: "Priority criteria" },
        fields: [
          {
            key: "priorityCriteria",
            kind: "checkboxes",
            label: { pl: "Które kryteria spełniasz?", en: "Which criteria do you meet?" },
            optional: true,
            options: [
              { value: "parents-working", label: { pl: "Oboje rodzice (lub rodzic samotnie wychowujący) pracują lub się uczą", en: "Both parents (or a single parent) work or study" } },
              { value: "large-family", label: { pl: "Rodzina wielodzietna", en: "Large family" } },
              { value: "child-disability", label: { pl: "Niepełnosprawność dziecka", en: "The child's disability" } },
              { value: "single-parent", label: { pl: "Samotne wychowywanie dziecka", en: "Raising the child alone" } },
              { value: "sibling-attends", label: { pl: "Rodzeństwo uczęszcza do tego żłobka", en: "A sibling attends this nursery" } },
            ],
          },
          { key: "criteriaDocuments", kind: "file", label: { pl: "Dokumenty potwierdzające kryteria", en: "Documents confirming the criteria" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem danych osobowych jest dyrektor żłobka, do którego kierujesz wniosek, a w zakresie systemu zapisów – wójt, burmistrz lub prezydent miasta. Przetwarzamy dane Twoje i dziecka, w tym o zdrowiu, aby przeprowadzić nabór na podstawie ustawy o opiece nad dziećmi w wieku do lat 3 (art. 6 ust. 1 lit. c i e oraz art. 9 ust. 2 lit. g RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the head of the nursery you apply to and, for the application system, the mayor. We process your and your child's data, including health data, to run the admissions under the Act on care for children under 3 (Article 6(1)(c) and (e) and Article 9(2)(g) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku, w tym o spełnianiu kryteriów, są zgodne z prawdą i aktualne.", en: "I declare that the information in this application, including on the criteria, is true and up to date." },
          },
        ],
      },
    ],
  },
});
