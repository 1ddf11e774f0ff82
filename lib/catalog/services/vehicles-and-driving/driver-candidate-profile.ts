/**
 * Profil kandydata na kierowcę (PKK): the application for a driving licence filed before the
 * course and the exam. Data only.
 */
import { defineService } from "../../types";
import { contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { declarationStep, photoField } from "./shared-fields";

export const driverCandidateProfile = defineService({
  id: "driver-candidate-profile",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Profil kandydata na kierowcę (PKK)", en: "Learner driver profile (PKK)" },
  summary: {
    pl: "Złóż wniosek o prawo jazdy, aby urząd założył Ci profil kandydata na kierowcę przed kursem i egzaminem.",
    en: "Apply for a driving licence so the office creates your learner driver profile before the course and the exam.",
  },
  whoCanApply: {
    pl: "Osoba, która chce zdobyć prawo jazdy lub nową kategorię. Wniosek można złożyć 3 miesiące przed osiągnięciem wymaganego wieku; za osobę niepełnoletnią potrzebna jest pisemna zgoda rodzica lub opiekuna.",
    en: "Anyone who wants a driving licence or a new category. You can apply 3 months before reaching the required age; a minor needs written consent from a parent or guardian.",
  },
  whatYouNeed: [
    { pl: "Aktualną kolorową fotografię 35 × 45 mm", en: "A recent colour photo, 35 × 45 mm" },
    { pl: "Orzeczenie lekarskie o braku przeciwwskazań zdrowotnych do kierowania pojazdami", en: "A medical certificate that you are fit to drive" },
    { pl: "Orzeczenie psychologiczne, jeśli jest wymagane (na przykład dla kategorii C, D)", en: "A psychological certificate, where required (for example, for categories C and D)" },
    { pl: "Zgodę rodzica lub opiekuna, jeśli jesteś niepełnoletni/niepełnoletnia", en: "Consent from a parent or guardian, if you are under 18" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Założenie profilu jest bezpłatne. Za wydanie prawa jazdy zapłacisz 100,50 zł po zdanym egzaminie.",
      en: "Creating the profile is free. You pay 100.50 zł for the licence after passing the exam.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd zakłada profil niezwłocznie po sprawdzeniu wniosku; numer PKK dostaniesz w odpowiedzi.",
    en: "The office creates the profile as soon as it has checked the application; you receive the PKK number in reply.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami",
    en: "Act of 5 January 2011 on vehicle drivers",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list (driving licences are a district-level task).
  jrwaClass: "5410",
  keywords: ["pkk", "profil kandydata", "kurs prawa jazdy", "prawo jazdy", "egzamin na prawo jazdy"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          {
            key: "birthDate",
            kind: "date",
            label: { pl: "Data urodzenia", en: "Date of birth" },
            prefill: "identity.birthDate",
            min: { date: "1900-01-01" },
            max: "today",
          },
          residenceAddressField, ...contactWithHintFields,
        ],
      },
      {
        id: "categories",
        title: { pl: "Kategorie prawa jazdy", en: "Licence categories" },
        fields: [
          {
            key: "categories",
            kind: "checkboxes",
            label: { pl: "O jakie kategorie się ubiegasz?", en: "Which categories are you applying for?" },
            options: [
              { value: "AM", label: { pl: "AM – motorower", en: "AM – moped" } },
              { value: "A1", label: { pl: "A1", en: "A1" } },
              { value: "A2", label: { pl: "A2", en: "A2" } },
              { value: "A", label: { pl: "A – motocykl", en: "A – motorcycle" } },
              { value: "B", label: { pl: "B – samochód osobowy", en: "B – car" } },
              { value: "BE", label: { pl: "B+E", en: "B+E" } },
              { value: "C", label: { pl: "C – samochód ciężarowy", en: "C – lorry" } },
              { value: "CE", label: { pl: "C+E", en: "C+E" } },
              { value: "D", label: { pl: "D – autobus", en: "D – bus" } },
              { value: "T", label: { pl: "T – ciągnik rolniczy", en: "T – agricultural tractor" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jedną kategorię", en: "Select at least one category" } },
          },
          {
            key: "hasLicence",
            kind: "yes-no",
            label: { pl: "Czy masz już prawo jazdy?", en: "Do you already hold a driving licence?" },
          },
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer prawa jazdy", en: "Driving licence number" },
            showIf: { field: "hasLicence", equals: true },
            maxLength: 20,
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          photoField,
          {
            key: "medicalCertificate",
            kind: "file",
            label: { pl: "Orzeczenie lekarskie", en: "Medical certificate" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "psychologicalCertificate",
            kind: "file",
            label: { pl: "Orzeczenie psychologiczne", en: "Psychological certificate" },
            hint: { pl: "Tylko jeśli jest wymagane dla wybranej kategorii.", en: "Only if required for the chosen category." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "parentalConsent",
            kind: "file",
            label: { pl: "Zgoda rodzica lub opiekuna", en: "Consent from a parent or guardian" },
            hint: { pl: "Tylko jeśli masz mniej niż 18 lat.", en: "Only if you are under 18." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      declarationStep,
    ],
  },
});
