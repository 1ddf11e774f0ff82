/**
 * Jednorazowa zapomoga z tytułu urodzenia się dziecka ("becikowe", 1000 zł) under the Act on
 * family benefits (art. 15b): income-tested, apply within 12 months of the birth. Data only.
 */
import { defineService } from "../../types";
import { memberNameField, memberPeselField } from "../shared/household";
import { personStep, truthDeclarationField } from "./shared-fields";

export const birthGrant = defineService({
  id: "birth-grant",
  version: 1,
  category: "social-affairs",
  name: { pl: "Becikowe – jednorazowa zapomoga z tytułu urodzenia dziecka", en: "One-off childbirth grant (becikowe)" },
  summary: {
    pl: "Złóż wniosek o jednorazowe 1000 zł po urodzeniu dziecka.",
    en: "Apply for the one-off payment of PLN 1,000 after your child is born.",
  },
  whoCanApply: {
    pl: "Matka lub ojciec dziecka, opiekun prawny albo opiekun faktyczny (osoba, która wystąpiła do sądu o przysposobienie), jeśli dochód rodziny na osobę nie przekracza 1922 zł. Wniosek złóż w ciągu 12 miesięcy od urodzenia dziecka, a przy opiece lub przysposobieniu – od objęcia dziecka opieką (nie później niż do jego 18. urodzin).",
    en: "The child's mother or father, legal guardian or actual carer (someone who has applied to court to adopt), if the family's income does not exceed PLN 1,922 per person. Apply within 12 months of the birth, or for guardianship or adoption, of taking the child into care (before the child turns 18).",
  },
  whatYouNeed: [
    {
      pl: "Zaświadczenie lekarza lub położnej, że matka była pod opieką medyczną nie później niż od 10. tygodnia ciąży do porodu (nie dotyczy opiekunów prawnych i faktycznych ani rodziców adopcyjnych)",
      en: "A certificate from a doctor or midwife that the mother was under medical care from the 10th week of pregnancy at the latest until the birth (not needed for guardians, carers or adoptive parents)",
    },
    { pl: "Dane i numery PESEL członków rodziny", en: "Names and PESEL numbers of your family members" },
    { pl: "Oświadczenia o dochodach z roku bazowego, których urząd nie pobierze sam", en: "Statements of base-year income that the office cannot obtain itself" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przy kompletnym wniosku urząd ustala prawo i wypłaca zapomogę do końca miesiąca następującego po miesiącu złożenia wniosku.",
    en: "With a complete application the office decides and pays by the end of the month after the month you applied.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (art. 15b)",
    en: "Act of 28 November 2003 on family benefits (Article 15b)",
  },
  departmentCode: "sr",
  jrwaClass: "8221", // JRWA: verify against the office's list
  keywords: ["becikowe", "urodzenie dziecka", "zapomoga", "1000 zł", "noworodek"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "child",
        title: { pl: "Dziecko", en: "The child" },
        fields: [
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś dla dziecka?", en: "What is your relationship to the child?" },
            options: [
              { value: "parent", label: { pl: "Matką lub ojcem", en: "Mother or father" } },
              { value: "guardian", label: { pl: "Opiekunem prawnym", en: "Legal guardian" } },
              { value: "carer", label: { pl: "Opiekunem faktycznym (wystąpiłem/wystąpiłam o przysposobienie)", en: "Actual carer (I have applied to adopt)" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś dla dziecka", en: "Select your relationship to the child" } },
          },
          { key: "childName", kind: "text", label: { pl: "Imię i nazwisko dziecka", en: "Child's full name" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko dziecka", en: "Enter the child's full name" } } },
          { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" }, errors: { required: { pl: "Podaj numer PESEL dziecka", en: "Enter the child's PESEL number" } } },
          { key: "childBirthDate", kind: "date", label: { pl: "Data urodzenia dziecka", en: "Child's date of birth" }, min: { daysFromToday: -6575 }, max: "today" },
          {
            key: "careStartDate",
            kind: "date",
            label: { pl: "Data objęcia dziecka opieką", en: "Date you took the child into care" },
            showIf: { field: "applicantRole", notEquals: "parent" },
            min: { field: "childBirthDate" },
            max: "today",
          },
          {
            key: "medicalCareCertificate",
            kind: "file",
            label: { pl: "Zaświadczenie o opiece medycznej od 10. tygodnia ciąży", en: "Certificate of medical care from the 10th week of pregnancy" },
            showIf: { field: "applicantRole", equals: "parent" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
        ],
      },
      {
        id: "family",
        title: { pl: "Rodzina i dochody", en: "Family and income" },
        fields: [
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Członkowie rodziny oprócz Ciebie", en: "Other family members" },
            hint: { pl: "Małżonek lub małżonka, rodzic dziecka i dzieci pozostające na utrzymaniu – także to dziecko.", en: "Your spouse, the child's other parent and dependent children – including this child." },
            itemLabel: { pl: "Członek rodziny {n}", en: "Family member {n}" },
            minItems: 1,
            maxItems: 15,
            fields: [
              memberNameField, memberPeselField,
              { key: "memberRelation", kind: "text", label: { pl: "Stopień pokrewieństwa", en: "Relationship to you" }, maxLength: 50 },
            ],
          },
          {
            key: "incomePerPerson",
            kind: "money",
            label: { pl: "Miesięczny dochód rodziny na osobę w roku bazowym (zł)", en: "Family's monthly income per person in the base year (PLN)" },
            hint: { pl: "Rok bazowy to rok kalendarzowy poprzedzający okres zasiłkowy. Urząd sprawdzi dochody w urzędzie skarbowym.", en: "The base year is the calendar year before the benefit period. The office will check the income with the tax office." },
          },
          {
            key: "incomeStatements",
            kind: "file",
            label: { pl: "Oświadczenia o dochodach niepodlegających opodatkowaniu", en: "Statements of non-taxable income" },
            hint: { pl: "Tylko jeśli ktoś w rodzinie miał takie dochody, na przykład z gospodarstwa rolnego.", en: "Only if someone in the family had such income, for example from a farm." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do wypłaty", en: "Bank account for the payment" }, errors: { required: { pl: "Podaj numer rachunku do wypłaty", en: "Enter the bank account for the payment" } } },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby przyznać świadczenie na podstawie ustawy o świadczeniach rodzinnych (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. b RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to grant the benefit under the Act on family benefits (Article 6(1)(c) and 9(2)(b) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
