/**
 * Wniosek o wpisanie do rejestru wyborców: for a voter who lives permanently in the municipality
 * without being registered there for permanent residence, or at another address (Electoral Code;
 * the register is kept in the Centralny Rejestr Wyborców since 2023). Data only.
 */
import { defineService } from "../../types";
import { fatherNameField } from "./shared-fields";
import { contactFields, identityFields } from "../shared/applicant";

export const permanentVoterRegister = defineService({
  id: "permanent-voter-register",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Wniosek o wpisanie do rejestru wyborców w gminie",
    en: "Applying to be entered in the municipality's register of voters",
  },
  summary: {
    pl: "Poproś o wpisanie do rejestru wyborców w gminie, w której stale mieszkasz, ale nie jesteś zameldowany lub zameldowana na pobyt stały.",
    en: "Ask to be entered in the register of voters of the municipality where you live permanently but are not registered for permanent residence.",
  },
  whoCanApply: {
    pl: "Wyborca stale zamieszkały na terenie gminy bez zameldowania na pobyt stały albo pod innym adresem niż adres zameldowania. Obywatel innego państwa Unii Europejskiej może złożyć wniosek, aby głosować w wyborach samorządowych i do Parlamentu Europejskiego.",
    en: "A voter who lives permanently in the municipality without a permanent registration there, or at an address other than their registered one. A citizen of another EU country can apply in order to vote in local and European Parliament elections.",
  },
  whatYouNeed: [
    { pl: "Adres, pod którym stale mieszkasz", en: "The address where you live permanently" },
    { pl: "Obywatel innego państwa UE: skan ważnego dokumentu tożsamości i pisemną deklarację", en: "Citizens of another EU country: a scan of a valid identity document and a written declaration" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free of charge." } },
  deadline: { kind: "days", days: 3 },
  deadlineNote: {
    pl: "Urząd rozpatruje wniosek w ciągu 3 dni. Na odmowę wpisania przysługuje skarga do sądu administracyjnego.",
    en: "The office decides within 3 days. A refusal can be challenged before the administrative court.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. – Kodeks wyborczy (przepisy o rejestrze wyborców)",
    en: "Act of 5 January 2011 – Electoral Code (provisions on the register of voters)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "0050",
  keywords: ["rejestr wyborców", "wybory", "głosowanie bez meldunku", "spis wyborców", "prawo głosu"],
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
        fields: [...identityFields, fatherNameField, ...contactFields],
      },
      {
        id: "residence",
        title: { pl: "Miejsce stałego zamieszkania", en: "Place of permanent residence" },
        fields: [
          {
            key: "citizenship",
            kind: "radio",
            label: { pl: "Obywatelstwo", en: "Citizenship" },
            options: [
              { value: "polish", label: { pl: "Polskie", en: "Polish" } },
              { value: "eu", label: { pl: "Innego państwa Unii Europejskiej", en: "Another EU country" } },
            ],
            errors: { required: { pl: "Wybierz obywatelstwo", en: "Select your citizenship" } },
          },
          {
            key: "euCountry",
            kind: "text",
            label: { pl: "Państwo obywatelstwa", en: "Country of citizenship" },
            showIf: { field: "citizenship", equals: "eu" },
            maxLength: 100,
            autocomplete: "country-name",
          },
          {
            key: "residenceAddress",
            kind: "address",
            label: { pl: "Adres, pod którym stale mieszkasz w tej gminie", en: "The address in this municipality where you live permanently" },
          },
          {
            key: "registeredElsewhere",
            kind: "yes-no",
            label: { pl: "Czy jesteś zameldowany lub zameldowana na pobyt stały pod innym adresem?", en: "Are you registered for permanent residence at another address?" },
            errors: { required: { pl: "Odpowiedz, czy masz zameldowanie na pobyt stały pod innym adresem", en: "Select whether you are registered for permanent residence elsewhere" } },
          },
          {
            key: "registeredAddress",
            kind: "address",
            label: { pl: "Adres zameldowania na pobyt stały", en: "Permanent registered address" },
            showIf: { field: "registeredElsewhere", equals: true },
          },
          {
            key: "residenceEvidence",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające stałe zamieszkiwanie", en: "Documents showing that you live there permanently" },
            hint: { pl: "Nieobowiązkowe, np. umowa najmu lub rachunki. Urząd może o nie poprosić.", en: "Optional, such as a tenancy agreement or bills. The office may ask for them." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "euIdentityDocument",
            kind: "file",
            label: { pl: "Skan ważnego dokumentu tożsamości", en: "Scan of a valid identity document" },
            showIf: { field: "citizenship", equals: "eu" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "euDeclaration",
            kind: "consent",
            label: {
              pl: "Oświadczam, że jestem obywatelem lub obywatelką wskazanego państwa UE, stale mieszkam pod podanym adresem i nie zostałem pozbawiony lub pozbawiona prawa wybierania w państwie, którego jestem obywatelem.",
              en: "I declare that I am a citizen of the EU country given, that I live permanently at the address given, and that I have not been deprived of the right to vote in the country of my citizenship.",
            },
            showIf: { field: "citizenship", equals: "eu" },
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
              pl: "Administratorem Twoich danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby prowadzić rejestr wyborców na podstawie Kodeksu wyborczego (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo skargi do Prezesa UODO.",
              en: "The controller of your data is the mayor (wójt, burmistrz or prezydent miasta). We process it to keep the register of voters under the Electoral Code (Article 6(1)(c) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "truthDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą i stale zamieszkuję pod wskazanym adresem.", en: "I declare that the information in this application is accurate and that I live permanently at the address given." },
          },
        ],
      },
    ],
  },
});
