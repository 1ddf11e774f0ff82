/**
 * Udostępnienie danych z rejestru PESEL lub rejestru mieszkańców osobie albo firmie, która wykaże
 * interes prawny (e.g. a creditor looking for a debtor's address). One fee per person asked about. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";

export const populationRegisterDataAccess = defineService({
  id: "population-register-data-access",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Udostępnienie danych z rejestru PESEL lub rejestru mieszkańców",
    en: "Access to data from the PESEL register or the register of residents",
  },
  summary: {
    pl: "Poproś o dane innej osoby, na przykład jej adres zameldowania, gdy masz w tym interes prawny.",
    en: "Request another person's data, such as their registered address, when you have a legal interest in it.",
  },
  whoCanApply: {
    pl: "Osoba lub firma, która wykaże interes prawny, na przykład wierzyciel, który chce pozwać dłużnika, albo spadkobierca. Z interesem faktycznym dane można otrzymać tylko za zgodą osoby, której dotyczą. Własne dane sprawdzisz bezpłatnie w mObywatelu.",
    en: "A person or company that shows a legal interest, for example a creditor who wants to sue a debtor, or an heir. With only a factual interest, data is released only with the consent of the person concerned. You can check your own data free of charge in mObywatel.",
  },
  whatYouNeed: [
    { pl: "Dane, które pozwolą zidentyfikować osobę (np. imię, nazwisko, PESEL, datę urodzenia, ostatni znany adres)", en: "Details identifying the person (such as name, PESEL, date of birth, last known address)" },
    { pl: "Dokumenty potwierdzające interes prawny (np. umowę, nakaz zapłaty, wezwanie sądu)", en: "Documents showing your legal interest (such as a contract, a payment order, a court summons)" },
    { pl: "Potwierdzenie zapłaty 31 zł za każdą osobę", en: "Proof of paying 31 zł for each person" },
  ],
  fee: {
    amountGrosze: 3100,
    note: {
      pl: "31 zł za udostępnienie danych jednej osoby (opłata za udostępnienie danych, nie opłata skarbowa). Organy i sądy otrzymują dane bezpłatnie.",
      en: "31 zł for the data of one person (a data access fee, not stamp duty). Authorities and courts receive data free of charge.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd udostępnia dane niezwłocznie po sprawdzeniu interesu prawnego; odmowa następuje w drodze decyzji.",
    en: "The office releases the data as soon as it has checked your legal interest; a refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (przepisy o udostępnianiu danych z rejestrów)",
    en: "Act of 24 September 2010 on population records (provisions on access to register data)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5343",
  keywords: ["adres dłużnika", "udostępnienie danych osobowych", "adres zameldowania innej osoby", "dane z peselu", "interes prawny"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields,
          {
            key: "applicantType",
            kind: "radio",
            label: { pl: "W czyim imieniu składasz wniosek?", en: "On whose behalf are you applying?" },
            options: [
              { value: "self", label: { pl: "We własnym", en: "My own" } },
              { value: "organisation", label: { pl: "Firmy lub innej organizacji", en: "A company or another organisation" } },
            ],
            errors: { required: { pl: "Wybierz, w czyim imieniu składasz wniosek", en: "Select on whose behalf you are applying" } },
          },
          {
            key: "organisationName",
            kind: "text",
            label: { pl: "Nazwa firmy lub organizacji", en: "Name of the company or organisation" },
            showIf: { field: "applicantType", equals: "organisation" },
            maxLength: 300,
            errors: { required: { pl: "Podaj nazwę firmy lub organizacji", en: "Enter the name of the company or organisation" } },
          },
          { key: "organisationNip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "applicantType", equals: "organisation" } },
          { key: "organisationKrs", kind: "krs", label: { pl: "Numer KRS", en: "National Court Register number (KRS)" }, showIf: { field: "applicantType", equals: "organisation" }, optional: true },
          { key: "correspondenceAddress", kind: "address", label: { pl: "Adres do korespondencji", en: "Address for letters" } },
          ...contactFields,
        ],
      },
      {
        id: "subjects",
        title: { pl: "Osoby, których dane chcesz otrzymać", en: "People whose data you request" },
        fields: [
          {
            key: "subjects",
            kind: "group",
            label: { pl: "Osoby", en: "People" },
            hint: { pl: "Podaj jak najwięcej danych – bez nich urząd może nie znaleźć właściwej osoby.", en: "Give as many details as you can – without them the office may not find the right person." },
            itemLabel: { pl: "Osoba {n}", en: "Person {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "subjectName", kind: "text", label: { pl: "Imię i nazwisko", en: "Full name" }, maxLength: 200 },
              { key: "subjectPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, optional: true },
              { key: "subjectBirthDate", kind: "date", label: { pl: "Data urodzenia", en: "Date of birth" }, optional: true, min: { date: "1900-01-01" }, max: "today" },
              { key: "subjectLastAddress", kind: "address", label: { pl: "Ostatni znany adres", en: "Last known address" }, optional: true },
            ],
          },
          {
            key: "requestedData",
            kind: "checkboxes",
            label: { pl: "Jakie dane chcesz otrzymać?", en: "Which data do you request?" },
            options: [
              { value: "permanent-address", label: { pl: "Adres zameldowania na pobyt stały", en: "Permanent registered address" } },
              { value: "temporary-address", label: { pl: "Adres zameldowania na pobyt czasowy", en: "Temporary registered address" } },
              { value: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" } },
              { value: "death", label: { pl: "Datę zgonu", en: "Date of death" } },
              { value: "history", label: { pl: "Dawne adresy zameldowania", en: "Past registered addresses" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden rodzaj danych", en: "Select at least one type of data" } },
          },
          {
            key: "fee",
            kind: "computed",
            label: { pl: "Opłata do zapłaty", en: "Fee to pay" },
            hint: { pl: "31 zł za każdą osobę.", en: "31 zł for each person." },
            expression: { product: [{ count: "subjects" }, { const: 3100 }] },
            format: "money",
          },
        ],
      },
      {
        id: "interest",
        title: { pl: "Interes prawny", en: "Legal interest" },
        fields: [
          {
            key: "legalInterest",
            kind: "long-text",
            label: { pl: "Do czego potrzebujesz tych danych?", en: "What do you need the data for?" },
            hint: { pl: "Wskaż sprawę i przepis, na przykład: pozew o zapłatę przeciwko dłużnikowi z umowy pożyczki z 3 marca 2024 r.", en: "Name the matter and the rule, for example: a claim for payment against a debtor under a loan agreement of 3 March 2024." },
            maxLength: 3000,
            errors: { required: { pl: "Opisz, do czego potrzebujesz danych", en: "Describe what you need the data for" } },
          },
          {
            key: "interestDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające interes prawny", en: "Documents showing your legal interest" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty", en: "Proof of payment" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "powerOfAttorney",
            kind: "file",
            label: { pl: "Pełnomocnictwo lub dokument umocowania", en: "Power of attorney or proof of authority" },
            hint: { pl: "Dla firmy: odpis z KRS, jeśli nie jesteś w nim wpisany lub wpisana, albo pełnomocnictwo z dowodem zapłaty 17 zł.", en: "For a company: the register extract if you are not listed in it, or a power of attorney with proof of paying 17 zł." },
            showIf: { field: "applicantType", equals: "organisation" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
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
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby rozpatrzyć wniosek o udostępnienie danych na podstawie ustawy o ewidencji ludności (art. 6 ust. 1 lit. c RODO). Otrzymanych danych możesz użyć tylko w celu wskazanym we wniosku. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of the data is the mayor (wójt, burmistrz or prezydent miasta). We process it to decide on the data access request under the Act on population records (Article 6(1)(c) GDPR). You may use the data you receive only for the purpose given in the application. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą, a otrzymane dane wykorzystam wyłącznie w celu wskazanym we wniosku.",
              en: "I declare that the information in this application is accurate and that I will use the data only for the purpose given in the application.",
            },
          },
        ],
      },
    ],
  },
});
