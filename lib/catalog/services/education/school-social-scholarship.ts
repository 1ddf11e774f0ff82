/**
 * Stypendium szkolne lub zasiłek szkolny: means-tested material aid for pupils (art. 90b–90n of
 * the Education System Act), granted by administrative decision. Data only.
 */
import { defineService } from "../../types";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";
import { memberNameField } from "../shared/household";

export const schoolSocialScholarship = defineService({
  id: "school-social-scholarship",
  version: 1,
  category: "education",
  name: { pl: "Stypendium szkolne lub zasiłek szkolny", en: "School scholarship or school allowance" },
  summary: {
    pl: "Złóż wniosek o pomoc dla ucznia z rodziny o niskich dochodach albo o zasiłek po zdarzeniu losowym.",
    en: "Apply for support for a pupil from a low-income family, or for an allowance after a sudden event.",
  },
  whoCanApply: {
    pl: "Rodzic lub opiekun ucznia albo pełnoletni uczeń mieszkający w gminie, gdy miesięczny dochód na osobę w rodzinie nie przekracza kryterium z ustawy o pomocy społecznej. Stypendium: wniosek do 15 września (słuchacze kolegiów do 15 października). Zasiłek: w ciągu 2 miesięcy od zdarzenia losowego.",
    en: "A pupil's parent or guardian, or an adult pupil, living in the municipality, when the monthly income per family member does not exceed the social assistance threshold. Scholarship: apply by 15 September (college students by 15 October). Allowance: within 2 months of the sudden event.",
  },
  whatYouNeed: [
    { pl: "Zaświadczenia lub oświadczenia o dochodach wszystkich członków rodziny z miesiąca poprzedzającego złożenie wniosku", en: "Certificates or statements of every family member's income for the month before the application" },
    { pl: "Zaświadczenie o korzystaniu ze świadczeń pomocy społecznej, jeśli dotyczy", en: "A certificate of receiving social assistance, if relevant" },
    { pl: "Dokumenty potwierdzające zdarzenie losowe – przy zasiłku szkolnym", en: "Documents confirming the sudden event – for the school allowance" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd wydaje decyzję; od decyzji przysługuje odwołanie do samorządowego kolegium odwoławczego w terminie 14 dni.",
    en: "The office issues a decision, which can be appealed to the local government appeals board within 14 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 września 1991 r. o systemie oświaty (art. 90b–90n) oraz regulamin udzielania pomocy materialnej uchwalony przez radę gminy",
    en: "Act of 7 September 1991 on the education system (Articles 90b–90n) and the council's rules on material aid for pupils",
  },
  departmentCode: "ow",
  jrwaClass: "3263", // JRWA: verify against the office's list
  keywords: ["stypendium szkolne", "zasiłek szkolny", "pomoc dla ucznia", "wyprawka", "stypendium socjalne"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          ...identityFields, homeAddressField, ...contactFields,
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "Kim jesteś?", en: "Who are you?" },
            options: [
              { value: "parent", label: { pl: "Rodzicem lub opiekunem ucznia", en: "The pupil's parent or guardian" } },
              { value: "adult-pupil", label: { pl: "Pełnoletnim uczniem (wniosek dotyczy mnie)", en: "An adult pupil (applying for myself)" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś", en: "Select who you are" } },
          },
        ],
      },
      {
        id: "pupil",
        title: { pl: "Uczeń i rodzaj pomocy", en: "The pupil and the support" },
        fields: [
          { key: "pupilName", kind: "text", label: { pl: "Imię i nazwisko ucznia", en: "Pupil's full name" }, showIf: { field: "applicantRole", equals: "parent" }, maxLength: 200 },
          { key: "pupilPesel", kind: "pesel", label: { pl: "Numer PESEL ucznia", en: "Pupil's PESEL number" }, showIf: { field: "applicantRole", equals: "parent" } },
          { key: "schoolName", kind: "text", label: { pl: "Nazwa i adres szkoły", en: "School name and address" }, maxLength: 300 },
          { key: "schoolClass", kind: "text", label: { pl: "Klasa", en: "Class" }, hint: { pl: "Na przykład 3b.", en: "For example, 3b." }, maxLength: 20 },
          {
            key: "aidType",
            kind: "radio",
            label: { pl: "O jaką pomoc wnioskujesz?", en: "Which support are you applying for?" },
            options: [
              { value: "scholarship", label: { pl: "Stypendium szkolne", en: "School scholarship" }, hint: { pl: "Przy niskich dochodach rodziny.", en: "For a low family income." } },
              { value: "allowance", label: { pl: "Zasiłek szkolny", en: "School allowance" }, hint: { pl: "Po zdarzeniu losowym, na przykład pożarze, śmierci rodzica, ciężkiej chorobie.", en: "After a sudden event, such as a fire, a parent's death or a serious illness." } },
            ],
            errors: { required: { pl: "Wybierz rodzaj pomocy", en: "Select the type of support" } },
          },
          {
            key: "preferredForm",
            kind: "checkboxes",
            label: { pl: "W jakiej formie chcesz otrzymać stypendium?", en: "In what form would you like the scholarship?" },
            showIf: { field: "aidType", equals: "scholarship" },
            options: [
              { value: "classes", label: { pl: "Pokrycie kosztów zajęć edukacyjnych (na przykład językowych)", en: "Paying for educational classes (such as language lessons)" } },
              { value: "materials", label: { pl: "Pomoc rzeczowa: podręczniki, przybory, strój sportowy", en: "Items: textbooks, school supplies, sports kit" } },
              { value: "away-from-home", label: { pl: "Koszty nauki poza miejscem zamieszkania (internat, dojazdy)", en: "Costs of studying away from home (boarding, travel)" } },
              { value: "cash", label: { pl: "Świadczenie pieniężne (gdy inne formy nie są możliwe)", en: "Cash (when other forms are not possible)" } },
            ],
          },
          {
            key: "familyCircumstances",
            kind: "checkboxes",
            label: { pl: "Sytuacja w rodzinie", en: "Family circumstances" },
            hint: { pl: "Zaznacz, jeśli dotyczy.", en: "Tick if relevant." },
            showIf: { field: "aidType", equals: "scholarship" },
            optional: true,
            options: [
              { value: "unemployment", label: { pl: "Bezrobocie", en: "Unemployment" } },
              { value: "disability", label: { pl: "Niepełnosprawność", en: "Disability" } },
              { value: "illness", label: { pl: "Ciężka lub długotrwała choroba", en: "Serious or long-term illness" } },
              { value: "large-family", label: { pl: "Wielodzietność", en: "Large family" } },
              { value: "single-parent", label: { pl: "Rodzina niepełna", en: "Single-parent family" } },
              { value: "addiction", label: { pl: "Alkoholizm lub narkomania w rodzinie", en: "Alcohol or drug addiction in the family" } },
              { value: "sudden-event", label: { pl: "Zdarzenie losowe", en: "A sudden event" } },
            ],
          },
          { key: "eventDate", kind: "date", label: { pl: "Data zdarzenia losowego", en: "Date of the sudden event" }, showIf: { field: "aidType", equals: "allowance" }, min: { daysFromToday: -62 }, max: "today", errors: { tooEarly: { pl: "Wniosek o zasiłek składa się w ciągu 2 miesięcy od zdarzenia – podaj datę nie wcześniejszą niż {date}", en: "The allowance must be applied for within 2 months of the event – enter a date no earlier than {date}" } } },
          { key: "eventDescription", kind: "long-text", label: { pl: "Opis zdarzenia losowego", en: "Description of the sudden event" }, showIf: { field: "aidType", equals: "allowance" }, maxLength: 2000 },
        ],
      },
      {
        id: "income",
        title: { pl: "Rodzina i dochody", en: "Family and income" },
        fields: [
          {
            key: "familyMembers",
            kind: "group",
            label: { pl: "Członkowie rodziny we wspólnym gospodarstwie, razem z uczniem i z Tobą", en: "Family members in the household, including the pupil and you" },
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              memberNameField,
              { key: "memberRelation", kind: "text", label: { pl: "Stopień pokrewieństwa z uczniem", en: "Relationship to the pupil" }, hint: { pl: "Na przykład: matka, brat, sam uczeń.", en: "For example: mother, brother, the pupil themself." }, maxLength: 100 },
              { key: "memberIncome", kind: "money", label: { pl: "Dochód netto z miesiąca przed złożeniem wniosku (zł)", en: "Net income in the month before applying (zł)" }, hint: { pl: "Wpisz 0, jeśli osoba nie ma dochodu.", en: "Enter 0 if the person has no income." } },
            ],
          },
          { key: "incomeDocuments", kind: "file", label: { pl: "Zaświadczenia lub oświadczenia o dochodach", en: "Income certificates or statements" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "socialAssistanceCertificate", kind: "file", label: { pl: "Zaświadczenie o korzystaniu z pomocy społecznej", en: "Certificate of receiving social assistance" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "eventDocuments", kind: "file", label: { pl: "Dokumenty potwierdzające zdarzenie losowe", en: "Documents confirming the sudden event" }, showIf: { field: "aidType", equals: "allowance" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do wypłaty", en: "Bank account for payment" }, optional: true },
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
              pl: "Administratorem danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy dane Twoje, ucznia i rodziny, w tym o zdrowiu, aby przyznać pomoc materialną na podstawie ustawy o systemie oświaty (art. 6 ust. 1 lit. c oraz art. 9 ust. 2 lit. g RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process your, the pupil's and the family's data, including health data, to grant material aid under the Education System Act (Article 6(1)(c) and Article 9(2)(g) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku, w tym o dochodach i składzie rodziny, są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego oświadczenia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that the information in this application, including income and family members, is true; I am aware of criminal liability for making a false statement (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
