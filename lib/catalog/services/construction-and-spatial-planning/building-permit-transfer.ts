/**
 * Przeniesienie decyzji o pozwoleniu na budowę na rzecz innego inwestora (art. 40 of the
 * Building Law). Data only.
 */
import { defineService } from "../../types";
import { propertyRightStatementField } from "./shared-fields";
import { actingForFields, contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { criminalTruthDeclarationField } from "../shared/declaration";

export const buildingPermitTransfer = defineService({
  id: "building-permit-transfer",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Przeniesienie pozwolenia na budowę na innego inwestora", en: "Transferring a building permit to another investor" },
  summary: {
    pl: "Przejmij pozwolenie na budowę wydane wcześniej innej osobie, na przykład po kupnie działki.",
    en: "Take over a building permit issued to someone else, for example after buying the plot.",
  },
  whoCanApply: {
    pl: "Nowy inwestor, który ma zgodę strony, na rzecz której wydano pozwolenie, przyjmuje wszystkie warunki decyzji i ma prawo do dysponowania nieruchomością na cele budowlane.",
    en: "The new investor, who has the consent of the party the permit was issued to, accepts all its conditions and has the right to use the property for building purposes.",
  },
  whatYouNeed: [
    { pl: "Znak i datę decyzji o pozwoleniu na budowę", en: "The reference number and date of the building permit" },
    { pl: "Zgodę dotychczasowego inwestora na przeniesienie decyzji", en: "The previous investor's consent to the transfer" },
    { pl: "Oświadczenie o przyjęciu wszystkich warunków zawartych w decyzji", en: "Your statement accepting all the permit's conditions" },
    { pl: "Oświadczenie o prawie do dysponowania nieruchomością na cele budowlane", en: "A statement of your right to use the property for building purposes" },
  ],
  fee: {
    amountGrosze: 9000,
    note: {
      pl: "90 zł opłaty skarbowej. Sprawy budownictwa mieszkaniowego są zwolnione z opłaty.",
      en: "90 zł stamp duty. Residential building cases are exempt.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 40)",
    en: "Act of 7 July 1994 – Building Law (Article 40)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6740",
  keywords: ["przeniesienie pozwolenia", "zmiana inwestora", "kupno działki z pozwoleniem", "nowy inwestor"],
  form: {
    version: 1,
    steps: [
      {
        id: "investor",
        title: { pl: "Dane nowego inwestora", en: "New investor's details" },
        fields: [...identityFields, ...actingForFields, residenceAddressField, ...contactWithHintFields],
      },
      {
        id: "permit",
        title: { pl: "Pozwolenie na budowę", en: "The building permit" },
        fields: [
          {
            key: "permitReference",
            kind: "text",
            label: { pl: "Znak decyzji o pozwoleniu na budowę", en: "Reference number of the permit" },
            hint: { pl: "Na przykład AB.6740.123.2024.", en: "For example AB.6740.123.2024." },
            maxLength: 60,
            errors: { required: { pl: "Podaj znak decyzji", en: "Enter the permit's reference number" } },
          },
          { key: "permitDate", kind: "date", label: { pl: "Data decyzji", en: "Date of the permit" }, min: { date: "1995-01-01" }, max: "today" },
          {
            key: "previousInvestor",
            kind: "text",
            label: { pl: "Dotychczasowy inwestor (imię i nazwisko lub nazwa)", en: "Previous investor (name)" },
            maxLength: 300,
          },
          {
            key: "isResidential",
            kind: "yes-no",
            label: { pl: "Czy pozwolenie dotyczy budownictwa mieszkaniowego?", en: "Is the permit for residential building?" },
            hint: { pl: "Wtedy nie płacisz opłaty skarbowej.", en: "If so, no stamp duty is due." },
          },
          {
            key: "previousInvestorConsent",
            kind: "file",
            label: { pl: "Zgoda dotychczasowego inwestora", en: "Previous investor's consent" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          propertyRightStatementField,
          {
            key: "acceptConditions",
            kind: "consent",
            label: {
              pl: "Przyjmuję wszystkie warunki zawarte w decyzji o pozwoleniu na budowę.",
              en: "I accept all the conditions set out in the building permit.",
            },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę przeniesienia pozwolenia na budowę na podstawie ustawy – Prawo budowlane (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the permit transfer under the Building Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
