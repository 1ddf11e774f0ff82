/**
 * Zgłoszenie instalacji, z której emisja nie wymaga pozwolenia: the operator's notification under
 * art. 152 of the Environmental Protection Law; the authority may object within 30 days. Data only.
 */
import { defineService } from "../../types";
import { feeReceiptField, powerOfAttorneyField } from "./shared-fields";
import { contactFields, familyNameField, nipField, peselField } from "../shared/applicant";

export const installationEmissionNotification = defineService({
  id: "installation-emission-notification",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Zgłoszenie instalacji, z której emisja nie wymaga pozwolenia", en: "Notifying an installation whose emissions need no permit" },
  summary: {
    pl: "Zgłoś instalację, na przykład lakiernię, kotłownię lub oczyszczalnię, zanim zaczniesz ją eksploatować.",
    en: "Notify an installation, such as a paint shop, a boiler house or a treatment plant, before you start operating it.",
  },
  whoCanApply: {
    pl: "Prowadzący instalację wymienioną w rozporządzeniu w sprawie rodzajów instalacji, których eksploatacja wymaga zgłoszenia – zwykle przedsiębiorca.",
    en: "The operator of an installation listed in the regulation on installations that must be notified – usually a business.",
  },
  whatYouNeed: [
    { pl: "Dane zakładu i instalacji: rodzaj działalności, czas pracy instalacji, wielkość i rodzaj emisji", en: "Details of the site and installation: the activity, operating hours, amount and type of emissions" },
    { pl: "Opis metod ograniczania emisji i monitorowania", en: "A description of how emissions are limited and monitored" },
    { pl: "Dowód zapłaty 120 zł opłaty skarbowej", en: "Proof of paying 120 zł stamp duty" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 12000,
    note: {
      pl: "Opłata skarbowa za przyjęcie zgłoszenia wynosi 120 zł; pełnomocnictwo kosztuje dodatkowo 17 zł.",
      en: "Stamp duty for accepting the notification is 120 zł; a power of attorney costs an extra 17 zł.",
    },
  },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "Możesz rozpocząć eksploatację, jeśli w ciągu 30 dni od zgłoszenia urząd nie wniesie sprzeciwu.",
    en: "You may start operating if the office does not object within 30 days of the notification.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 kwietnia 2001 r. – Prawo ochrony środowiska (art. 152)",
    en: "Act of 27 April 2001 – Environmental Protection Law (Article 152)",
  },
  departmentCode: "os",
  jrwaClass: "6225", // JRWA: verify against the office's list
  keywords: ["zgłoszenie instalacji", "emisja", "instalacja", "lakiernia", "kotłownia"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          { key: "givenName", kind: "text", label: { pl: "Imię (imiona) osoby składającej zgłoszenie", en: "Given name(s) of the person filing" }, prefill: "identity.givenName", maxLength: 100, autocomplete: "given-name" },
          familyNameField, peselField,
          { key: "companyName", kind: "text", label: { pl: "Pełna nazwa prowadzącego instalację", en: "Operator's full name" }, maxLength: 300, errors: { required: { pl: "Podaj pełną nazwę prowadzącego instalację", en: "Enter the operator's full name" } } },
          nipField,
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "Business statistical number (REGON)" }, optional: true },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "National Court Register number (KRS)" }, optional: true },
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby", en: "Registered office address" } },
          ...contactFields,
        ],
      },
      {
        id: "installation",
        title: { pl: "Instalacja i emisje", en: "The installation and its emissions" },
        fields: [
          { key: "siteAddress", kind: "address", label: { pl: "Adres zakładu, w którym jest instalacja", en: "Address of the site with the installation" } },
          {
            key: "installationType",
            kind: "select",
            label: { pl: "Rodzaj instalacji", en: "Type of installation" },
            options: [
              { value: "combustion", label: { pl: "Instalacja spalania paliw (kotłownia)", en: "Fuel combustion (boiler house)" } },
              { value: "surface-coating", label: { pl: "Lakiernia lub malarnia", en: "Paint shop or coating" } },
              { value: "fuel-station", label: { pl: "Stacja paliw", en: "Fuel station" } },
              { value: "wastewater", label: { pl: "Oczyszczalnia ścieków lub odprowadzanie ścieków", en: "Wastewater treatment or discharge" } },
              { value: "woodworking", label: { pl: "Obróbka drewna lub metali", en: "Wood or metal working" } },
              { value: "other", label: { pl: "Inna instalacja z rozporządzenia", en: "Another installation from the regulation" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj instalacji", en: "Select the type of installation" } },
          },
          { key: "activityDescription", kind: "long-text", label: { pl: "Rodzaj i zakres prowadzonej działalności, w tym wykorzystywane materiały i paliwa", en: "Type and scope of the activity, including materials and fuels used" }, maxLength: 3000 },
          { key: "operatingTime", kind: "text", label: { pl: "Czas funkcjonowania instalacji", en: "Operating time of the installation" }, hint: { pl: "Na przykład: poniedziałek–piątek 7:00–15:00.", en: "For example: Monday–Friday 7:00–15:00." }, maxLength: 200 },
          { key: "emissions", kind: "long-text", label: { pl: "Wielkość i rodzaj emisji", en: "Amount and type of emissions" }, hint: { pl: "Na przykład pyły, gazy, ścieki, hałas – z ilościami.", en: "For example dust, gases, wastewater, noise – with amounts." }, maxLength: 3000 },
          { key: "emissionControl", kind: "long-text", label: { pl: "Metody ograniczania emisji i monitorowania", en: "How emissions are limited and monitored" }, maxLength: 3000 },
          { key: "startDate", kind: "date", label: { pl: "Planowana data rozpoczęcia eksploatacji", en: "Planned start of operation" }, hint: { pl: "Nie wcześniej niż 30 dni od zgłoszenia, chyba że instalacja już działa.", en: "No earlier than 30 days after the notification, unless it is already operating." }, min: { date: "2000-01-01" }, max: { daysFromToday: 1095 } },
          feeReceiptField, powerOfAttorneyField,
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
              pl: "Administratorem danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz zgłoszenie. Przetwarzamy je, aby przyjąć zgłoszenie na podstawie Prawa ochrony środowiska (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you notify. We process the data to accept the notification under the Environmental Protection Law (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą i aktualne.", en: "I declare that the information in this notification is true and up to date." },
          },
        ],
      },
    ],
  },
});
