/**
 * Wniosek o świadczenie z pomocy społecznej (zasiłek stały, okresowy, celowy, usługi opiekuńcze…)
 * under the Act on social assistance; the social worker's interview (wywiad środowiskowy) follows. Data only.
 */
import { defineService } from "../../types";
import { emailField, identityFields } from "../shared/applicant";
import { memberNameField, memberPeselField } from "../shared/household";
import { accuracyDeclarationField } from "./shared-fields";

export const socialAssistanceApplication = defineService({
  id: "social-assistance-application",
  version: 1,
  category: "social-affairs",
  name: { pl: "Pomoc społeczna – zasiłek lub usługi opiekuńcze", en: "Social assistance – allowance or care services" },
  summary: {
    pl: "Poproś ośrodek pomocy społecznej o zasiłek, pomoc rzeczową lub usługi opiekuńcze w trudnej sytuacji życiowej.",
    en: "Ask the social assistance centre for an allowance, material help or care services if you are in a difficult situation.",
  },
  whoCanApply: {
    pl: "Osoba lub rodzina w trudnej sytuacji (na przykład z powodu ubóstwa, bezrobocia, choroby, niepełnosprawności, bezdomności), a także ktoś w jej imieniu za jej zgodą. O większość zasiłków mogą ubiegać się osoby, których dochód nie przekracza kryterium dochodowego.",
    en: "A person or family in a difficult situation (for example poverty, unemployment, illness, disability, homelessness), or someone on their behalf with their consent. Most allowances are for people whose income is within the income threshold.",
  },
  whatYouNeed: [
    { pl: "Opis sytuacji i rodzaju potrzebnej pomocy", en: "A description of your situation and the help you need" },
    { pl: "Dokumenty o dochodach i sytuacji rodziny – przedstawisz je pracownikowi socjalnemu podczas wywiadu", en: "Documents on your income and family situation – you will show them to the social worker during the interview" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Sprawy z zakresu pomocy społecznej są zwolnione z opłaty skarbowej.", en: "Social assistance matters are exempt from stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Pracownik socjalny przeprowadza wywiad środowiskowy w ciągu 14 dni od złożenia wniosku, a w sprawach niecierpiących zwłoki – w ciągu 2 dni. Decyzja zapada po wywiadzie.",
    en: "A social worker carries out the home interview within 14 days of the application, or within 2 days in urgent cases. The decision follows the interview.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 12 marca 2004 r. o pomocy społecznej (art. 7, 8, 102, 106 i 107)",
    en: "Act of 12 March 2004 on social assistance (Articles 7, 8, 102, 106 and 107)",
  },
  departmentCode: "ops",
  jrwaClass: "8301", // JRWA: verify against the social assistance centre's list
  keywords: ["mops", "pomoc społeczna", "zasiłek celowy", "zasiłek okresowy", "usługi opiekuńcze", "zasiłek stały"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          { key: "residenceAddress", kind: "address", label: { pl: "Adres, pod którym przebywasz", en: "Address where you are staying" }, hint: { pl: "Tu przyjdzie pracownik socjalny.", en: "The social worker will visit you here." } },
          emailField,
          { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, hint: { pl: "Pracownik socjalny umówi się z Tobą na wizytę.", en: "The social worker will arrange a visit with you." }, optional: true, autocomplete: "tel" },
        ],
      },
      {
        id: "help",
        title: { pl: "Potrzebna pomoc", en: "Help you need" },
        fields: [
          {
            key: "assistanceTypes",
            kind: "checkboxes",
            label: { pl: "O jaką pomoc prosisz?", en: "What help are you asking for?" },
            options: [
              { value: "permanent-allowance", label: { pl: "Zasiłek stały", en: "Permanent allowance" }, hint: { pl: "Dla osób niezdolnych do pracy z powodu wieku lub niepełnosprawności.", en: "For people unable to work due to age or disability." } },
              { value: "periodic-allowance", label: { pl: "Zasiłek okresowy", en: "Periodic allowance" } },
              { value: "purpose-allowance", label: { pl: "Zasiłek celowy", en: "Purpose allowance" }, hint: { pl: "Na przykład na leki, opał, żywność.", en: "For example, for medicine, fuel or food." } },
              { value: "meals", label: { pl: "Posiłek", en: "Meals" } },
              { value: "shelter", label: { pl: "Schronienie", en: "Shelter" } },
              { value: "care-services", label: { pl: "Usługi opiekuńcze", en: "Care services" } },
              { value: "social-work", label: { pl: "Praca socjalna lub poradnictwo", en: "Social work or counselling" } },
            ],
            errors: { required: { pl: "Wybierz, o jaką pomoc prosisz", en: "Select the help you are asking for" } },
          },
          {
            key: "purposeOfAllowance",
            kind: "text",
            label: { pl: "Na co potrzebujesz zasiłku celowego?", en: "What do you need the purpose allowance for?" },
            showIf: { field: "assistanceTypes", equals: "purpose-allowance" },
            maxLength: 300,
          },
          {
            key: "reasons",
            kind: "checkboxes",
            label: { pl: "Co jest przyczyną trudnej sytuacji?", en: "What has caused the difficult situation?" },
            optional: true,
            options: [
              { value: "poverty", label: { pl: "Ubóstwo", en: "Poverty" } },
              { value: "unemployment", label: { pl: "Bezrobocie", en: "Unemployment" } },
              { value: "illness", label: { pl: "Długotrwała lub ciężka choroba", en: "Long-term or serious illness" } },
              { value: "disability", label: { pl: "Niepełnosprawność", en: "Disability" } },
              { value: "homelessness", label: { pl: "Bezdomność", en: "Homelessness" } },
              { value: "violence", label: { pl: "Przemoc w rodzinie", en: "Domestic violence" } },
              { value: "other", label: { pl: "Inna", en: "Other" } },
            ],
          },
          {
            key: "situationDescription",
            kind: "long-text",
            label: { pl: "Opisz swoją sytuację", en: "Describe your situation" },
            maxLength: 4000,
            errors: { required: { pl: "Opisz swoją sytuację", en: "Describe your situation" } },
          },
          { key: "urgent", kind: "yes-no", label: { pl: "Czy potrzebujesz pomocy natychmiast?", en: "Do you need help immediately?" }, hint: { pl: "Na przykład nie masz gdzie spać lub co jeść.", en: "For example, you have nowhere to sleep or nothing to eat." } },
        ],
      },
      {
        id: "household",
        title: { pl: "Gospodarstwo domowe", en: "Household" },
        fields: [
          {
            key: "householdMembers",
            kind: "group",
            label: { pl: "Osoby, które mieszkają i gospodarują z Tobą", en: "People who live and share costs with you" },
            optional: true,
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            maxItems: 15,
            fields: [
              memberNameField, memberPeselField,
              { key: "memberRelation", kind: "text", label: { pl: "Stopień pokrewieństwa", en: "Relationship to you" }, maxLength: 50 },
            ],
          },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do wypłaty zasiłku", en: "Bank account for the allowance" }, optional: true },
          { key: "documents", kind: "file", label: { pl: "Dokumenty (jeśli masz je pod ręką)", en: "Documents (if you have them at hand)" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem danych jest ośrodek pomocy społecznej. Przetwarzamy je, w tym dane o zdrowiu, aby udzielić pomocy na podstawie ustawy o pomocy społecznej (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. h RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the social assistance centre. We process the data, including health data, to provide help under the Act on social assistance (Article 6(1)(c) and 9(2)(h) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
