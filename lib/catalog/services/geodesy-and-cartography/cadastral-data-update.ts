/**
 * Zgłoszenie zmian danych w ewidencji gruntów i budynków (art. 22 ust. 2 of the Geodetic and
 * Cartographic Law): owners must report changes within 30 days. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const cadastralDataUpdate = defineService({
  id: "cadastral-data-update",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Zmiana danych w ewidencji gruntów i budynków", en: "Updating the land and building register" },
  summary: {
    pl: "Zgłoś zmianę danych działki, budynku lub lokalu, na przykład po kupnie, budowie, rozbiórce lub zmianie użytku.",
    en: "Report a change to a plot, building or premises, for example after a purchase, construction, demolition or change of land use.",
  },
  whoCanApply: {
    pl: "Właściciel lub władający nieruchomością. Zmianę zgłoś w ciągu 30 dni od jej powstania.",
    en: "The owner or holder of the property. Report the change within 30 days.",
  },
  whatYouNeed: [
    { pl: "Dokumenty uzasadniające zmianę, na przykład akt notarialny, postanowienie sądu, decyzję, dokumentację geodezyjną", en: "Documents supporting the change, for example a notarial deed, a court order, a decision or survey documentation" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie zmian jest bezpłatne.", en: "Reporting changes is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd wprowadza zmianę i zawiadamia o niej właścicieli; jeśli zmiana wymaga decyzji, prowadzi postępowanie.",
    en: "The office records the change and notifies the owners; if the change needs a decision, it opens proceedings.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 22 ust. 2 i art. 24)",
    en: "Act of 17 May 1989 – Geodetic and Cartographic Law (Articles 22(2) and 24)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6620",
  keywords: ["zmiana w ewidencji", "aktualizacja egib", "zmiana użytku", "nowy właściciel działki", "zgłoszenie zmian"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "change",
        title: { pl: "Zmiana", en: "The change" },
        fields: [
          plotsField,
          {
            key: "changeType",
            kind: "checkboxes",
            label: { pl: "Czego dotyczy zmiana?", en: "What has changed?" },
            options: [
              { value: "owner", label: { pl: "Właściciela lub władającego", en: "Owner or holder" } },
              { value: "land-use", label: { pl: "Użytku gruntowego lub klasy", en: "Land use or soil class" } },
              { value: "building", label: { pl: "Budynku (nowy, rozbudowa, rozbiórka)", en: "Building (new, extended, demolished)" } },
              { value: "premises", label: { pl: "Lokalu", en: "Premises" } },
              { value: "address", label: { pl: "Adresu lub danych osobowych", en: "Address or personal details" } },
            ],
            errors: { required: { pl: "Wybierz, czego dotyczy zmiana", en: "Select what has changed" } },
          },
          {
            key: "changeDescription",
            kind: "long-text",
            label: { pl: "Opis zmiany", en: "Description of the change" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz zmianę", en: "Describe the change" } },
          },
          {
            key: "changeDate",
            kind: "date",
            label: { pl: "Data powstania zmiany", en: "Date of the change" },
            min: { date: "1950-01-01" },
            max: "today",
          },
          {
            key: "supportingDocuments",
            kind: "file",
            label: { pl: "Dokumenty uzasadniające zmianę", en: "Documents supporting the change" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić ewidencję gruntów i budynków na podstawie ustawy – Prawo geodezyjne i kartograficzne (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to keep the land and building register under the Geodetic and Cartographic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
