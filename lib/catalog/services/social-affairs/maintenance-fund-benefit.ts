/**
 * Świadczenia z funduszu alimentacyjnego under the Act on assistance to persons entitled to
 * maintenance: paid when enforcement of court-ordered maintenance has failed; the benefit period
 * runs 1 October – 30 September. Data only.
 */
import { defineService } from "../../types";
import { memberNameField, memberPeselField } from "../shared/household";
import { bankAccountField, incomeStatementsField, personStep, truthDeclarationField } from "./shared-fields";

export const maintenanceFundBenefit = defineService({
  id: "maintenance-fund-benefit",
  version: 1,
  category: "social-affairs",
  name: { pl: "Świadczenie z funduszu alimentacyjnego", en: "Maintenance fund benefit" },
  summary: {
    pl: "Złóż wniosek o wypłatę alimentów z funduszu alimentacyjnego, jeśli komornik nie może ich ściągnąć od dłużnika.",
    en: "Apply for maintenance to be paid from the maintenance fund if the bailiff cannot recover it from the debtor.",
  },
  whoCanApply: {
    pl: "Osoba uprawniona do alimentów na podstawie wyroku lub ugody (albo jej przedstawiciel ustawowy, zwykle rodzic), do 18 lat, do 25 lat jeśli się uczy, a bez ograniczenia wieku przy znacznym stopniu niepełnosprawności – jeśli egzekucja okazała się bezskuteczna, a dochód rodziny na osobę nie przekracza kryterium dochodowego.",
    en: "A person entitled to maintenance under a judgment or settlement (or their legal representative, usually a parent), up to 18, up to 25 if in education, or at any age with a significant disability – if enforcement has failed and the family's income per person is within the threshold.",
  },
  whatYouNeed: [
    { pl: "Odpis wyroku, postanowienia lub ugody zasądzających alimenty", en: "A copy of the judgment, order or settlement awarding maintenance" },
    { pl: "Zaświadczenie komornika o bezskuteczności egzekucji, wydane nie wcześniej niż 2 miesiące przed złożeniem wniosku", en: "The bailiff's certificate that enforcement has failed, issued no earlier than 2 months before you apply" },
    { pl: "Oświadczenia o dochodach, których urząd nie pobierze sam", en: "Income statements the office cannot obtain itself" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Jeśli złożysz kompletny wniosek do 31 sierpnia, urząd przyzna i wypłaci świadczenie za październik do 31 października; później – do końca miesiąca następującego po miesiącu złożenia wniosku.",
    en: "If you apply with all documents by 31 August, the office decides and pays the October benefit by 31 October; otherwise by the end of the month after the month you applied.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów (art. 9–20)",
    en: "Act of 7 September 2007 on assistance to persons entitled to maintenance (Articles 9–20)",
  },
  departmentCode: "sr",
  jrwaClass: "8222", // JRWA: verify against the office's list
  keywords: ["fundusz alimentacyjny", "alimenty", "komornik", "dłużnik alimentacyjny", "egzekucja"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "entitled",
        title: { pl: "Osoby uprawnione do alimentów", en: "People entitled to maintenance" },
        fields: [
          {
            key: "eligiblePersons",
            kind: "group",
            label: { pl: "Osoby, dla których wnioskujesz o świadczenie", en: "People you are applying for" },
            hint: { pl: "Jeśli wnioskujesz dla siebie, wpisz też siebie.", en: "If you are applying for yourself, add yourself too." },
            itemLabel: { pl: "Osoba uprawniona {n}", en: "Entitled person {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "eligibleName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "eligiblePesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
              { key: "eligibleAmount", kind: "money", label: { pl: "Zasądzone alimenty miesięcznie (zł)", en: "Monthly maintenance awarded (PLN)" }, minValue: 0.01 },
            ],
          },
        ],
      },
      {
        id: "debtor",
        title: { pl: "Dłużnik i egzekucja", en: "Debtor and enforcement" },
        fields: [
          { key: "debtorName", kind: "text", label: { pl: "Imię i nazwisko dłużnika alimentacyjnego", en: "Debtor's full name" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko dłużnika", en: "Enter the debtor's name" } } },
          { key: "debtorPesel", kind: "pesel", label: { pl: "Numer PESEL dłużnika", en: "Debtor's PESEL number" }, hint: { pl: "Jeśli go znasz.", en: "If you know it." }, optional: true },
          { key: "debtorAddress", kind: "address", label: { pl: "Ostatni znany adres dłużnika", en: "Debtor's last known address" }, optional: true },
          { key: "courtRuling", kind: "text", label: { pl: "Sąd, sygnatura i data orzeczenia o alimentach", en: "Court, case number and date of the maintenance ruling" }, hint: { pl: "Na przykład Sąd Rejonowy w Gliwicach, III RC 123/24, 12 marca 2024 r.", en: "For example, District Court in Gliwice, III RC 123/24, 12 March 2024." }, maxLength: 300 },
          { key: "enforcementCase", kind: "text", label: { pl: "Komornik i sygnatura sprawy egzekucyjnej", en: "Bailiff and enforcement case number" }, hint: { pl: "Na przykład Komornik Sądowy Jan Nowak, Km 456/24.", en: "For example, bailiff Jan Nowak, Km 456/24." }, maxLength: 300 },
          { key: "courtRulingCopy", kind: "file", label: { pl: "Odpis orzeczenia lub ugody", en: "Copy of the ruling or settlement" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "bailiffCertificate", kind: "file", label: { pl: "Zaświadczenie komornika o bezskuteczności egzekucji", en: "Bailiff's certificate that enforcement failed" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
        ],
      },
      {
        id: "income",
        title: { pl: "Rodzina, dochody i wypłata", en: "Family, income and payment" },
        fields: [
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Pozostali członkowie rodziny", en: "Other family members" },
            hint: { pl: "Osoby we wspólnym gospodarstwie, których nie wpisano wyżej.", en: "People in your household not listed above." },
            optional: true,
            itemLabel: { pl: "Członek rodziny {n}", en: "Family member {n}" },
            maxItems: 15,
            fields: [memberNameField, memberPeselField],
          },
          incomeStatementsField, bankAccountField,
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby przyznać świadczenie i dochodzić zwrotu od dłużnika na podstawie ustawy o pomocy osobom uprawnionym do alimentów (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to grant the benefit and recover it from the debtor under the Act on assistance to persons entitled to maintenance (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
