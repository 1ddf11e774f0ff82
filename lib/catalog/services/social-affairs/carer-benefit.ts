/**
 * Świadczenie pielęgnacyjne or specjalny zasiłek opiekuńczy under the Act on family benefits
 * (art. 16a, 17). Since 1 January 2024 the gmina grants świadczenie pielęgnacyjne only to carers
 * of children; adults with disabilities apply to ZUS for świadczenie wspierające. Data only.
 */
import { defineService } from "../../types";
import { memberNameField, memberPeselField } from "../shared/household";
import { bankAccountField, incomeStatementsField, personStep, truthDeclarationField } from "./shared-fields";

export const carerBenefit = defineService({
  id: "carer-benefit",
  version: 1,
  category: "social-affairs",
  name: { pl: "Świadczenie pielęgnacyjne lub specjalny zasiłek opiekuńczy", en: "Carer's benefit or special care allowance" },
  summary: {
    pl: "Złóż wniosek o świadczenie dla osoby, która opiekuje się dzieckiem z niepełnosprawnością lub bliską osobą niezdolną do samodzielnej egzystencji.",
    en: "Apply for a benefit if you care for a disabled child or a relative who cannot live independently.",
  },
  whoCanApply: {
    pl: "Świadczenie pielęgnacyjne: rodzic lub opiekun dziecka do 18 lat z orzeczeniem o niepełnosprawności ze wskazaniami konieczności stałej opieki. Specjalny zasiłek opiekuńczy: osoba, która nie pracuje lub zrezygnowała z pracy, aby opiekować się osobą ze znacznym stopniem niepełnosprawności, jeśli dochód rodzin obu osób nie przekracza kryterium dochodowego.",
    en: "Carer's benefit: the parent or guardian of a child under 18 whose disability certificate says they need constant care. Special care allowance: someone who does not work or gave up work to care for a person with a significant disability, if both families' income is within the threshold.",
  },
  whatYouNeed: [
    { pl: "Orzeczenie o niepełnosprawności lub o znacznym stopniu niepełnosprawności osoby, którą się opiekujesz", en: "The disability certificate of the person you care for" },
    { pl: "Dane osoby wymagającej opieki i członków rodziny", en: "Details of the person you care for and of your family" },
    { pl: "Przy specjalnym zasiłku opiekuńczym: oświadczenia o dochodach obu rodzin", en: "For the special care allowance: income statements of both families" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przy kompletnym wniosku urząd przyznaje i wypłaca świadczenie do końca miesiąca następującego po miesiącu złożenia wniosku. Przy specjalnym zasiłku opiekuńczym pracownik socjalny przeprowadza wywiad.",
    en: "With a complete application the office decides and pays by the end of the month after the month you applied. For the special care allowance a social worker carries out an interview.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (art. 16a i 17)",
    en: "Act of 28 November 2003 on family benefits (Articles 16a and 17)",
  },
  departmentCode: "sr",
  jrwaClass: "8221", // JRWA: verify against the office's list
  keywords: ["świadczenie pielęgnacyjne", "opiekun", "zasiłek opiekuńczy", "niepełnosprawne dziecko", "opieka"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "benefit",
        title: { pl: "Świadczenie i osoba wymagająca opieki", en: "Benefit and the person you care for" },
        fields: [
          {
            key: "benefitType",
            kind: "radio",
            label: { pl: "O które świadczenie wnioskujesz?", en: "Which benefit are you applying for?" },
            options: [
              { value: "carer-benefit", label: { pl: "Świadczenie pielęgnacyjne", en: "Carer's benefit" }, hint: { pl: "Opieka nad dzieckiem do 18 lat.", en: "Care for a child under 18." } },
              { value: "special-care", label: { pl: "Specjalny zasiłek opiekuńczy", en: "Special care allowance" }, hint: { pl: "Zależy od dochodu.", en: "Income-tested." } },
            ],
            errors: { required: { pl: "Wybierz świadczenie", en: "Select the benefit" } },
          },
          { key: "caredName", kind: "text", label: { pl: "Imię i nazwisko osoby wymagającej opieki", en: "Full name of the person you care for" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko osoby wymagającej opieki", en: "Enter the name of the person you care for" } } },
          { key: "caredPesel", kind: "pesel", label: { pl: "Numer PESEL osoby wymagającej opieki", en: "PESEL number of the person you care for" } },
          {
            key: "caredRelation",
            kind: "select",
            label: { pl: "Kim jest dla Ciebie ta osoba?", en: "How is this person related to you?" },
            options: [
              { value: "child", label: { pl: "Dziecko", en: "Child" } },
              { value: "spouse", label: { pl: "Małżonek lub małżonka", en: "Spouse" } },
              { value: "parent", label: { pl: "Rodzic", en: "Parent" } },
              { value: "other-relative", label: { pl: "Inny krewny", en: "Another relative" } },
              { value: "ward", label: { pl: "Osoba, której jestem opiekunem prawnym", en: "A person under my legal guardianship" } },
            ],
          },
          {
            key: "certificateType",
            kind: "radio",
            label: { pl: "Jakie orzeczenie ma ta osoba?", en: "Which disability certificate does this person have?" },
            options: [
              { value: "disability-with-care", label: { pl: "O niepełnosprawności ze wskazaniem konieczności stałej opieki", en: "Disability certificate stating the need for constant care" } },
              { value: "significant-degree", label: { pl: "O znacznym stopniu niepełnosprawności", en: "Significant degree of disability" } },
            ],
          },
          { key: "certificateDate", kind: "date", label: { pl: "Data wydania orzeczenia", en: "Date of the certificate" }, max: "today" },
          {
            key: "certificateCopy",
            kind: "file",
            label: { pl: "Orzeczenie", en: "The certificate" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
        ],
      },
      {
        id: "work",
        title: { pl: "Praca i dochody", en: "Work and income" },
        showIf: { field: "benefitType", equals: "special-care" },
        fields: [
          { key: "gaveUpWork", kind: "yes-no", label: { pl: "Czy nie podejmujesz pracy lub zrezygnowałeś/zrezygnowałaś z niej, aby sprawować opiekę?", en: "Have you not taken up work, or given it up, to provide care?" } },
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Członkowie Twojej rodziny oprócz Ciebie", en: "Other members of your family" },
            optional: true,
            itemLabel: { pl: "Członek rodziny {n}", en: "Family member {n}" },
            maxItems: 15,
            fields: [memberNameField, memberPeselField],
          },
          incomeStatementsField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Wypłata i oświadczenie", en: "Payment and declaration" },
        fields: [
          bankAccountField,
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, w tym dane o zdrowiu, aby przyznać świadczenie na podstawie ustawy o świadczeniach rodzinnych (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. b RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data, including health data, to grant the benefit under the Act on family benefits (Article 6(1)(c) and 9(2)(b) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
