/**
 * Wniosek o ulgę w spłacie zobowiązań podatkowych: odroczenie terminu płatności, rozłożenie na raty
 * albo umorzenie zaległości (Ordynacja podatkowa art. 48 and 67a). Data only.
 */
import { defineService } from "../../types";
import { contactFields, declarationStep, identityFields, residenceAddressField } from "./common-fields";
import { individualNipField, runsBusinessField } from "./property-objects";
import { taxTypeField } from "./common-fields";

export const taxReliefApplication = defineService({
  id: "tax-relief-application",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Ulga w spłacie podatku: odroczenie, raty lub umorzenie",
    en: "Tax relief: deferral, instalments or write-off",
  },
  summary: {
    pl: "Poproś o odroczenie terminu płatności, rozłożenie na raty albo umorzenie podatku lokalnego lub zaległości.",
    en: "Ask to defer, pay in instalments or write off a local tax or arrears.",
  },
  whoCanApply: {
    pl: "Podatnik podatków lokalnych, który z ważnych powodów (na przykład choroby, utraty pracy, klęski żywiołowej) nie może zapłacić w terminie. Przedsiębiorcy otrzymują ulgę jako pomoc de minimis.",
    en: "A local-tax payer who cannot pay on time for important reasons (for example, illness, job loss or a natural disaster). For businesses the relief counts as de minimis aid.",
  },
  whatYouNeed: [
    { pl: "Uzasadnienie: opis sytuacji, która nie pozwala Ci zapłacić", en: "Your reasons: the situation that prevents you from paying" },
    { pl: "Dokumenty o dochodach i wydatkach gospodarstwa domowego (na przykład zaświadczenia o zarobkach, rachunki)", en: "Documents on your household's income and expenses (for example, pay statements, bills)" },
    { pl: "Przedsiębiorcy: formularz informacji przy ubieganiu się o pomoc de minimis i zaświadczenia o otrzymanej pomocy", en: "Businesses: the de minimis aid information form and certificates of aid received" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "W sprawie szczególnie skomplikowanej urząd ma 2 miesiące. Od decyzji przysługuje odwołanie do samorządowego kolegium odwoławczego.",
    en: "In a particularly complex case the office has 2 months. You may appeal the decision to the local government board of appeal.",
  },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 48, 67a, 67b i 139)",
    en: "Tax Ordinance of 29 August 1997 (Articles 48, 67a, 67b and 139)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["umorzenie podatku", "raty", "odroczenie", "ulga podatkowa", "zaległości"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, residenceAddressField, runsBusinessField, individualNipField, ...contactFields],
      },
      {
        id: "relief",
        title: { pl: "O jaką ulgę prosisz", en: "The relief you ask for" },
        fields: [
          {
            key: "reliefType",
            kind: "radio",
            label: { pl: "Rodzaj ulgi", en: "Type of relief" },
            options: [
              { value: "defer-payment", label: { pl: "Odroczenie terminu płatności podatku", en: "Deferring the payment date of the tax" } },
              { value: "instalments", label: { pl: "Rozłożenie podatku lub zaległości na raty", en: "Paying the tax or arrears in instalments" } },
              { value: "defer-arrears", label: { pl: "Odroczenie zapłaty zaległości z odsetkami", en: "Deferring payment of arrears with interest" } },
              { value: "write-off", label: { pl: "Umorzenie zaległości podatkowej, odsetek lub opłaty prolongacyjnej", en: "Writing off tax arrears, interest or the extension fee" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj ulgi", en: "Select the type of relief" } },
          },
          taxTypeField,
          {
            key: "taxPeriod",
            kind: "text",
            label: { pl: "Okres lub raty, których dotyczy wniosek", en: "Period or instalments concerned" },
            hint: { pl: "Na przykład „II i III rata za 2026 r.”.", en: "For example, “2nd and 3rd instalment of 2026”." },
            maxLength: 200,
            errors: { required: { pl: "Podaj okres lub raty", en: "Enter the period or instalments" } },
          },
          {
            key: "reliefAmount",
            kind: "money",
            label: { pl: "Kwota objęta wnioskiem", en: "Amount concerned" },
            minValue: 0.01,
            errors: { required: { pl: "Podaj kwotę objętą wnioskiem", en: "Enter the amount concerned" } },
          },
          {
            key: "instalmentCount",
            kind: "integer",
            label: { pl: "Proponowana liczba rat", en: "Proposed number of instalments" },
            showIf: { field: "reliefType", equals: "instalments" },
            minValue: 2,
            maxValue: 60,
          },
          {
            key: "proposedDate",
            kind: "date",
            label: { pl: "Proponowany nowy termin zapłaty", en: "Proposed new payment date" },
            showIf: { field: "reliefType", in: ["defer-payment", "defer-arrears"] },
            min: "today",
            max: { daysFromToday: 730 },
          },
          {
            key: "justification",
            kind: "long-text",
            label: { pl: "Uzasadnienie", en: "Your reasons" },
            hint: {
              pl: "Opisz, dlaczego nie możesz zapłacić w terminie: Twoją sytuację zdrowotną, rodzinną i materialną.",
              en: "Describe why you cannot pay on time: your health, family and financial situation.",
            },
            maxLength: 5000,
            errors: { required: { pl: "Opisz, dlaczego prosisz o ulgę", en: "Describe why you ask for relief" } },
          },
        ],
      },
      {
        id: "situation",
        title: { pl: "Sytuacja materialna i dokumenty", en: "Financial situation and documents" },
        fields: [
          { key: "householdSize", kind: "integer", label: { pl: "Liczba osób w gospodarstwie domowym", en: "Number of people in your household" }, minValue: 1, maxValue: 30 },
          { key: "monthlyIncome", kind: "money", label: { pl: "Miesięczny dochód netto gospodarstwa domowego", en: "Household monthly net income" } },
          { key: "monthlyExpenses", kind: "money", label: { pl: "Miesięczne stałe wydatki gospodarstwa domowego", en: "Household monthly fixed expenses" } },
          {
            key: "incomeDocuments",
            kind: "file",
            label: { pl: "Dokumenty o dochodach i wydatkach", en: "Documents on income and expenses" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
            errors: { required: { pl: "Dołącz dokumenty o dochodach i wydatkach", en: "Attach documents on income and expenses" } },
          },
          {
            key: "deMinimisDocuments",
            kind: "file",
            label: { pl: "Formularz informacji de minimis i zaświadczenia o pomocy de minimis", en: "De minimis information form and certificates of de minimis aid" },
            showIf: { field: "runsBusiness", equals: true },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
            errors: { required: { pl: "Dołącz dokumenty dotyczące pomocy de minimis", en: "Attach the de minimis documents" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
