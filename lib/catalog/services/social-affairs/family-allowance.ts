/**
 * Zasiłek rodzinny z dodatkami under the Act on family benefits: income-tested, granted for a
 * benefit period running 1 November – 31 October. Data only.
 */
import { defineService } from "../../types";
import { bankAccountField, personStep, truthDeclarationField } from "./shared-fields";

export const familyAllowance = defineService({
  id: "family-allowance",
  version: 1,
  category: "social-affairs",
  name: { pl: "Zasiłek rodzinny z dodatkami", en: "Family allowance with supplements" },
  summary: {
    pl: "Złóż wniosek o comiesięczny zasiłek na dzieci i dodatki do niego, na przykład na rozpoczęcie roku szkolnego.",
    en: "Apply for the monthly allowance for your children and its supplements, such as the start-of-school-year supplement.",
  },
  whoCanApply: {
    pl: "Rodzic, opiekun faktyczny lub prawny dziecka albo pełnoletnia osoba ucząca się, jeśli dochód rodziny na osobę nie przekracza kryterium dochodowego. Zasiłek przysługuje na dziecko do 18 lat, do 21 lat jeśli się uczy, a do 24 lat jeśli uczy się i ma orzeczenie o znacznym stopniu niepełnosprawności.",
    en: "A parent, actual carer or legal guardian, or an adult in education, if the family's income per person is within the income threshold. The allowance is paid for a child up to 18, up to 21 if in education, and up to 24 if in education with a significant disability.",
  },
  whatYouNeed: [
    { pl: "Dane i numery PESEL członków rodziny", en: "Names and PESEL numbers of your family members" },
    { pl: "Oświadczenia o dochodach, których urząd nie pobierze sam (na przykład z gospodarstwa rolnego)", en: "Income statements the office cannot obtain itself (for example, from a farm)" },
    { pl: "Zaświadczenie ze szkoły lub uczelni – dla dziecka, które skończyło 18 lat", en: "A certificate from the school or university – for a child aged 18 or over" },
    { pl: "Dokumenty potwierdzające prawo do wybranych dodatków, na przykład orzeczenie o niepełnosprawności dziecka", en: "Documents supporting the supplements you apply for, such as the child's disability certificate" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Wniosek i decyzja nie podlegają opłacie skarbowej.", en: "The application and decision are free of stamp duty." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Jeśli złożysz kompletny wniosek do 31 sierpnia, urząd przyzna i wypłaci zasiłek za listopad do 30 listopada; później – do końca miesiąca następującego po miesiącu złożenia wniosku.",
    en: "If you apply with all documents by 31 August, the office decides and pays the November allowance by 30 November; otherwise by the end of the month after the month you applied.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (art. 4–14, art. 26)",
    en: "Act of 28 November 2003 on family benefits (Articles 4–14 and 26)",
  },
  departmentCode: "sr",
  jrwaClass: "8221", // JRWA: verify against the office's list
  keywords: ["zasiłek rodzinny", "świadczenia rodzinne", "dodatek szkolny", "dzieci", "zasiłek na dziecko"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "children",
        title: { pl: "Dzieci", en: "Children" },
        fields: [
          {
            key: "benefitPeriod",
            kind: "radio",
            label: { pl: "Na który okres zasiłkowy składasz wniosek?", en: "Which benefit period are you applying for?" },
            hint: { pl: "Okres zasiłkowy trwa od 1 listopada do 31 października.", en: "A benefit period runs from 1 November to 31 October." },
            options: [
              { value: "current", label: { pl: "Bieżący okres zasiłkowy", en: "The current benefit period" } },
              { value: "next", label: { pl: "Najbliższy okres zasiłkowy (od 1 listopada)", en: "The next benefit period (from 1 November)" } },
            ],
            errors: { required: { pl: "Wybierz okres zasiłkowy", en: "Select the benefit period" } },
          },
          {
            key: "children",
            kind: "group",
            label: { pl: "Dzieci, na które wnioskujesz o zasiłek", en: "Children you are applying for" },
            itemLabel: { pl: "Dziecko {n}", en: "Child {n}" },
            minItems: 1,
            maxItems: 12,
            fields: [
              { key: "childName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
              {
                key: "childEducation",
                kind: "select",
                label: { pl: "Nauka", en: "Education" },
                options: [
                  { value: "none", label: { pl: "Nie uczy się jeszcze (przedszkole lub dom)", en: "Not yet at school (nursery or home)" } },
                  { value: "school", label: { pl: "Szkoła", en: "School" } },
                  { value: "university", label: { pl: "Szkoła wyższa", en: "University" } },
                ],
              },
              { key: "childDisability", kind: "yes-no", label: { pl: "Czy dziecko ma orzeczenie o niepełnosprawności lub o stopniu niepełnosprawności?", en: "Does the child have a disability certificate?" } },
            ],
          },
          {
            key: "schoolCertificates",
            kind: "file",
            label: { pl: "Zaświadczenia ze szkoły lub uczelni dzieci powyżej 18 lat", en: "School or university certificates for children aged 18 or over" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
        ],
      },
      {
        id: "supplements",
        title: { pl: "Dodatki i dochody", en: "Supplements and income" },
        fields: [
          {
            key: "supplements",
            kind: "checkboxes",
            label: { pl: "O które dodatki wnioskujesz?", en: "Which supplements are you applying for?" },
            optional: true,
            options: [
              { value: "birth", label: { pl: "Z tytułu urodzenia dziecka", en: "Birth of a child" } },
              { value: "parental-leave", label: { pl: "Z tytułu opieki nad dzieckiem w okresie urlopu wychowawczego", en: "Care during parental leave" } },
              { value: "single-parent", label: { pl: "Z tytułu samotnego wychowywania dziecka", en: "Single parent" } },
              { value: "large-family", label: { pl: "Z tytułu wychowywania dziecka w rodzinie wielodzietnej", en: "Large family" } },
              { value: "disabled-child", label: { pl: "Z tytułu kształcenia i rehabilitacji dziecka niepełnosprawnego", en: "Education and rehabilitation of a disabled child" } },
              { value: "school-year", label: { pl: "Z tytułu rozpoczęcia roku szkolnego", en: "Start of the school year" } },
              { value: "school-away", label: { pl: "Z tytułu podjęcia nauki poza miejscem zamieszkania", en: "Schooling away from home" } },
            ],
          },
          {
            key: "supplementDocuments",
            kind: "file",
            label: { pl: "Dokumenty uprawniające do dodatków", en: "Documents supporting the supplements" },
            hint: { pl: "Na przykład orzeczenie o niepełnosprawności dziecka, wyrok rozwodowy, zaświadczenie pracodawcy o urlopie wychowawczym.", en: "For example, the child's disability certificate, a divorce judgment, or the employer's certificate of parental leave." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
          {
            key: "incomeStatements",
            kind: "file",
            label: { pl: "Oświadczenia o dochodach niepodlegających opodatkowaniu", en: "Statements of non-taxable income" },
            hint: { pl: "Dochody opodatkowane urząd sprawdzi sam w urzędzie skarbowym.", en: "The office checks taxable income with the tax office itself." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          bankAccountField,
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby przyznać świadczenia na podstawie ustawy o świadczeniach rodzinnych (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. b RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to grant the benefits under the Act on family benefits (Article 6(1)(c) and 9(2)(b) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          truthDeclarationField,
        ],
      },
    ],
  },
});
