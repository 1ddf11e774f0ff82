/**
 * Dodatek mieszkaniowy: the application, the household declaration and the manager's confirmation
 * of the flat's area and expenses (Act on housing allowances). Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";
import { memberNameField, memberPeselField } from "../shared/household";

export const housingAllowance = defineService({
  id: "housing-allowance",
  version: 1,
  category: "social-affairs",
  name: { pl: "Dodatek mieszkaniowy", en: "Housing allowance" },
  summary: {
    pl: "Złóż wniosek o dopłatę do czynszu i opłat za mieszkanie, jeśli dochody Twojego gospodarstwa domowego są niskie.",
    en: "Apply for help with rent and housing costs if your household has a low income.",
  },
  whoCanApply: {
    pl: "Osoba, która ma tytuł prawny do lokalu (najemca, właściciel, członek spółdzielni) albo zajmuje lokal bez tytułu w oczekiwaniu na lokal zamienny lub socjalny, jeśli średni miesięczny dochód gospodarstwa domowego z 3 miesięcy przed złożeniem wniosku nie przekracza 40% przeciętnego wynagrodzenia (gospodarstwo jednoosobowe) lub 30% (wieloosobowe), a powierzchnia lokalu nie przekracza normy.",
    en: "A person with a legal right to the flat (tenant, owner, cooperative member) or occupying it without one while waiting for a replacement or social flat, if the household's average monthly income over the 3 months before applying does not exceed 40% of the average wage (one-person household) or 30% (larger household), and the flat is not larger than the norm.",
  },
  whatYouNeed: [
    {
      pl: "Deklaracja o dochodach gospodarstwa domowego za 3 pełne miesiące kalendarzowe przed złożeniem wniosku",
      en: "A declaration of your household's income for the 3 full calendar months before you apply",
    },
    {
      pl: "Potwierdzenie zarządcy budynku (spółdzielni, wspólnoty lub właściciela) o powierzchni lokalu i wydatkach na mieszkanie",
      en: "Confirmation from the building manager (cooperative, owners' association or landlord) of the flat's area and housing costs",
    },
    {
      pl: "Dokumenty potwierdzające dochody – do okazania na prośbę urzędu",
      en: "Documents proving the income – to show if the office asks",
    },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Dodatek przyznaje się decyzją na 6 miesięcy. Wypłaca się go zarządcy budynku, a właścicielowi domu jednorodzinnego – bezpośrednio.",
    en: "The allowance is granted by decision for 6 months. It is paid to the building manager, or directly to the owner of a single-family house.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych (art. 2–7)",
    en: "Act of 21 June 2001 on housing allowances (Articles 2–7)",
  },
  departmentCode: "sr",
  jrwaClass: "3155", // JRWA: verify against the office's list
  keywords: ["dodatek mieszkaniowy", "dopłata do czynszu", "czynsz", "mieszkanie", "niskie dochody"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, ...contactFields],
      },
      {
        id: "flat",
        title: { pl: "Lokal", en: "The flat" },
        fields: [
          { key: "flatAddress", kind: "address", label: { pl: "Adres lokalu", en: "Address of the flat" } },
          {
            key: "legalTitle",
            kind: "radio",
            label: { pl: "Na jakiej podstawie zajmujesz lokal?", en: "On what basis do you live in the flat?" },
            options: [
              { value: "tenancy", label: { pl: "Najem", en: "Tenancy" } },
              { value: "cooperative", label: { pl: "Spółdzielcze prawo do lokalu", en: "Cooperative right to the flat" } },
              { value: "ownership", label: { pl: "Własność lokalu", en: "I own the flat" } },
              { value: "house-owner", label: { pl: "Własność domu jednorodzinnego", en: "I own a single-family house" } },
              { value: "other-title", label: { pl: "Inny tytuł prawny", en: "Another legal title" } },
              {
                value: "no-title",
                label: { pl: "Brak tytułu – oczekuję na lokal zamienny lub socjalny", en: "No title – waiting for a replacement or social flat" },
              },
            ],
            errors: { required: { pl: "Wybierz, na jakiej podstawie zajmujesz lokal", en: "Select on what basis you live in the flat" } },
          },
          {
            key: "usableArea",
            kind: "decimal",
            label: { pl: "Powierzchnia użytkowa lokalu (m²)", en: "Usable floor area (m²)" },
            decimals: 2,
            minValue: 1,
            maxValue: 1000,
            errors: { required: { pl: "Podaj powierzchnię użytkową lokalu", en: "Enter the usable floor area" } },
          },
          {
            key: "amenities",
            kind: "checkboxes",
            label: { pl: "Wyposażenie lokalu", en: "Amenities of the flat" },
            hint: { pl: "Zaznacz wszystko, co jest w lokalu.", en: "Select everything the flat has." },
            optional: true,
            options: [
              { value: "central-heating", label: { pl: "Centralne ogrzewanie", en: "Central heating" } },
              { value: "hot-water", label: { pl: "Centralna ciepła woda", en: "Central hot water" } },
              { value: "gas", label: { pl: "Gaz przewodowy", en: "Mains gas" } },
            ],
          },
          {
            key: "monthlyHousingCosts",
            kind: "money",
            label: { pl: "Miesięczne wydatki na lokal (zł)", en: "Monthly housing costs (PLN)" },
            hint: { pl: "Czynsz i opłaty za ostatni miesiąc, jak w potwierdzeniu zarządcy.", en: "Rent and charges for the last month, as confirmed by the manager." },
            minValue: 0.01,
            errors: { required: { pl: "Podaj miesięczne wydatki na lokal", en: "Enter the monthly housing costs" } },
          },
          {
            key: "bankAccount",
            kind: "bank-account",
            label: { pl: "Numer rachunku do wypłaty dodatku", en: "Bank account for the allowance" },
            hint: { pl: "Tylko właściciel domu jednorodzinnego dostaje dodatek bezpośrednio.", en: "Only the owner of a single-family house receives the allowance directly." },
            showIf: { field: "legalTitle", equals: "house-owner" },
          },
        ],
      },
      {
        id: "household",
        title: { pl: "Gospodarstwo domowe i dochody", en: "Household and income" },
        fields: [
          {
            key: "householdMembers",
            kind: "group",
            label: { pl: "Osoby w gospodarstwie domowym oprócz Ciebie", en: "Other people in your household" },
            hint: { pl: "Osoby, które mieszkają z Tobą i wspólnie się utrzymują. Jeśli mieszkasz sam lub sama, pomiń.", en: "People who live with you and share living costs. Skip if you live alone." },
            optional: true,
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            maxItems: 15,
            fields: [
              memberNameField, memberPeselField,
              { key: "memberRelation", kind: "text", label: { pl: "Stopień pokrewieństwa", en: "Relationship to you" }, hint: { pl: "Na przykład żona, syn.", en: "For example, wife, son." }, maxLength: 50 },
            ],
          },
          {
            key: "averageIncome",
            kind: "money",
            label: { pl: "Średni miesięczny dochód całego gospodarstwa domowego (zł)", en: "Household's average monthly income (PLN)" },
            hint: { pl: "Suma dochodów wszystkich osób z 3 pełnych miesięcy przed złożeniem wniosku, podzielona przez 3 – jak w deklaracji.", en: "Total income of everyone over the 3 full months before applying, divided by 3 – as in the declaration." },
            errors: { required: { pl: "Podaj średni miesięczny dochód gospodarstwa domowego", en: "Enter the household's average monthly income" } },
          },
          {
            key: "incomeDeclaration",
            kind: "file",
            label: { pl: "Deklaracja o dochodach gospodarstwa domowego", en: "Household income declaration" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "managerConfirmation",
            kind: "file",
            label: { pl: "Potwierdzenie zarządcy o powierzchni i wydatkach", en: "Manager's confirmation of area and costs" },
            hint: { pl: "Właściciel domu jednorodzinnego nie musi go dołączać.", en: "Not needed if you own a single-family house." },
            optionalIf: { field: "legalTitle", equals: "house-owner" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć wniosek o dodatek mieszkaniowy na podstawie ustawy o dodatkach mieszkaniowych (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO. Kontakt do inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller is the mayor (wójt, burmistrz or prezydent miasta). We process the data to decide on the housing allowance under the Act on housing allowances (Article 6(1)(c) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane we wniosku i w deklaracji o dochodach są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in the application and income declaration is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
