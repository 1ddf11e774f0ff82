/**
 * Najem lokalu z mieszkaniowego zasobu gminy: an application for a municipal or social flat under
 * the Tenants' Protection Act and the council's resolution on letting the housing stock. Data only.
 */
import { defineService } from "../../types";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";
import { memberNameField, memberPeselField } from "../shared/household";

export const municipalHousingApplication = defineService({
  id: "municipal-housing-application",
  version: 1,
  category: "municipal-property-and-housing",
  name: { pl: "Najem mieszkania komunalnego lub socjalnego", en: "Applying for a municipal or social flat" },
  summary: {
    pl: "Złóż wniosek o wynajęcie mieszkania z zasobu gminy, jeśli masz niskie dochody i trudne warunki mieszkaniowe.",
    en: "Apply to rent a flat from the municipality's housing stock if you have a low income and poor housing conditions.",
  },
  whoCanApply: {
    pl: "Osoba pełnoletnia, która mieszka w gminie, nie ma tytułu prawnego do innego lokalu w tej miejscowości i spełnia kryteria dochodowe z uchwały rady gminy.",
    en: "An adult who lives in the municipality, has no right to another flat in the same town and meets the income limits in the council's resolution.",
  },
  whatYouNeed: [
    { pl: "Deklarację o dochodach wszystkich członków gospodarstwa domowego z ostatnich 3 miesięcy", en: "A declaration of the income of every household member for the last 3 months" },
    { pl: "Oświadczenie o stanie majątkowym", en: "A statement of your assets" },
    { pl: "Dokumenty o obecnych warunkach mieszkaniowych, na przykład umowę najmu lub orzeczenie o niepełnosprawności, jeśli dotyczy", en: "Documents on your current housing conditions, such as a tenancy agreement, or a disability certificate if relevant" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Ustawa nie wyznacza terminu przydziału. W ciągu miesiąca urząd sprawdzi wniosek i poinformuje, czy zostałeś wpisany lub wpisana na listę oczekujących; na lokal czeka się zwykle dłużej.",
    en: "The law sets no deadline for allocating a flat. Within a month the office checks the application and tells you whether you are on the waiting list; the wait for a flat is usually longer.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 czerwca 2001 r. o ochronie praw lokatorów, mieszkaniowym zasobie gminy i o zmianie Kodeksu cywilnego (art. 4 i 21) oraz uchwała rady gminy w sprawie zasad wynajmowania lokali",
    en: "Act of 21 June 2001 on the protection of tenants' rights and the municipal housing stock (Articles 4 and 21) and the council's resolution on letting flats",
  },
  departmentCode: "wl",
  jrwaClass: "7142", // JRWA: verify against the office's list
  keywords: ["mieszkanie komunalne", "lokal socjalny", "mieszkanie z gminy", "przydział mieszkania", "najem"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, homeAddressField, ...contactFields],
      },
      {
        id: "household",
        title: { pl: "Gospodarstwo domowe i dochody", en: "Household and income" },
        fields: [
          {
            key: "householdMembers",
            kind: "group",
            label: { pl: "Osoby, które mają zamieszkać z Tobą", en: "People who will live with you" },
            hint: { pl: "Nie wpisuj siebie. Zostaw puste, jeśli mieszkasz sam lub sama.", en: "Do not include yourself. Leave empty if you live alone." },
            optional: true,
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            maxItems: 15,
            fields: [
              memberNameField, memberPeselField,
              { key: "memberRelation", kind: "text", label: { pl: "Stopień pokrewieństwa", en: "Relationship to you" }, hint: { pl: "Na przykład: żona, syn, matka.", en: "For example: wife, son, mother." }, maxLength: 100 },
            ],
          },
          {
            key: "householdIncome",
            kind: "money",
            label: { pl: "Średni miesięczny dochód całego gospodarstwa domowego z ostatnich 3 miesięcy (zł)", en: "Average monthly income of the whole household over the last 3 months (zł)" },
            hint: { pl: "Dochód netto wszystkich osób razem, tak jak w deklaracji o dochodach.", en: "The net income of everyone together, as in the income declaration." },
            errors: { required: { pl: "Podaj średni miesięczny dochód gospodarstwa domowego", en: "Enter the household's average monthly income" } },
          },
        ],
      },
      {
        id: "housing",
        title: { pl: "Warunki mieszkaniowe", en: "Housing conditions" },
        fields: [
          {
            key: "requestedType",
            kind: "radio",
            label: { pl: "O jaki lokal wnioskujesz?", en: "Which kind of flat are you applying for?" },
            options: [
              { value: "municipal", label: { pl: "Lokal komunalny (najem na czas nieoznaczony)", en: "Municipal flat (open-ended tenancy)" } },
              { value: "social", label: { pl: "Lokal socjalny", en: "Social flat" }, hint: { pl: "Dla osób o najniższych dochodach, na czas oznaczony.", en: "For people with the lowest incomes, for a fixed term." } },
              { value: "temporary", label: { pl: "Lokal zamienny lub tymczasowy", en: "Replacement or temporary flat" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj lokalu", en: "Select the kind of flat" } },
          },
          {
            key: "currentTitle",
            kind: "radio",
            label: { pl: "Na jakiej podstawie mieszkasz teraz?", en: "On what basis do you live where you are now?" },
            options: [
              { value: "tenant", label: { pl: "Wynajmuję lokal", en: "I rent" } },
              { value: "family", label: { pl: "Mieszkam u rodziny lub znajomych", en: "I live with family or friends" } },
              { value: "no-title", label: { pl: "Nie mam tytułu prawnego do lokalu", en: "I have no right to a flat" } },
              { value: "homeless", label: { pl: "Jestem w kryzysie bezdomności", en: "I am homeless" } },
            ],
            errors: { required: { pl: "Wybierz, na jakiej podstawie mieszkasz teraz", en: "Select on what basis you live where you are now" } },
          },
          { key: "currentAreaM2", kind: "decimal", label: { pl: "Powierzchnia mieszkalna obecnego lokalu (m²)", en: "Living area of your current home (m²)" }, optional: true, minValue: 1, maxValue: 1000, decimals: 2 },
          { key: "housingConditions", kind: "long-text", label: { pl: "Opisz obecne warunki mieszkaniowe", en: "Describe your current housing conditions" }, hint: { pl: "Na przykład liczba osób w pokoju, stan techniczny, brak łazienki, niepełnosprawność.", en: "For example, people per room, the building's condition, no bathroom, a disability." }, maxLength: 3000 },
          { key: "incomeDeclaration", kind: "file", label: { pl: "Deklaracja o dochodach i oświadczenie o stanie majątkowym", en: "Income declaration and statement of assets" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "supportingDocuments", kind: "file", label: { pl: "Inne dokumenty, na przykład orzeczenie o niepełnosprawności", en: "Other documents, for example a disability certificate" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy je, w tym dane o zdrowiu, aby rozpatrzyć wniosek o najem lokalu na podstawie ustawy o ochronie praw lokatorów (art. 6 ust. 1 lit. c i e oraz art. 9 ust. 2 lit. g RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process the data, including health data, to consider your housing application under the Tenants' Protection Act (Article 6(1)(c) and (e) and Article 9(2)(g) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku, w tym o dochodach i składzie gospodarstwa domowego, są zgodne z prawdą i aktualne.", en: "I declare that the information in this application, including income and household members, is true and up to date." },
          },
        ],
      },
    ],
  },
});
