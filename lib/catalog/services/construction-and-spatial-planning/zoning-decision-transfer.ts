/**
 * Przeniesienie decyzji o warunkach zabudowy na rzecz innej osoby (art. 63 ust. 5 of the Spatial
 * Planning Act). Data only.
 */
import { defineService } from "../../types";
import { applicantStep } from "./shared-fields";
import { accuracyDeclarationField } from "../shared/declaration";

export const zoningDecisionTransfer = defineService({
  id: "zoning-decision-transfer",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Przeniesienie decyzji o warunkach zabudowy", en: "Transferring a zoning decision (WZ)" },
  summary: {
    pl: "Przenieś decyzję o warunkach zabudowy na siebie, za zgodą osoby, której ją wydano.",
    en: "Have a zoning decision transferred to you, with the consent of the person it was issued to.",
  },
  whoCanApply: {
    pl: "Osoba, która przyjmuje wszystkie warunki decyzji i ma zgodę strony, na rzecz której decyzję wydano.",
    en: "A person who accepts all the decision's conditions and has the consent of the party it was issued to.",
  },
  whatYouNeed: [
    { pl: "Znak i datę decyzji o warunkach zabudowy", en: "The reference number and date of the zoning decision" },
    { pl: "Zgodę strony, na rzecz której decyzję wydano", en: "Consent of the party the decision was issued to" },
  ],
  fee: { amountGrosze: 5600, note: { pl: "56 zł opłaty skarbowej.", en: "56 zł stamp duty." } },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym (art. 63 ust. 5)",
    en: "Act of 27 March 2003 on spatial planning and development (Article 63(5))",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6730",
  keywords: ["przeniesienie wz", "warunki zabudowy na inną osobę", "kupno działki z wz"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "decision",
        title: { pl: "Decyzja o warunkach zabudowy", en: "The zoning decision" },
        fields: [
          {
            key: "decisionReference",
            kind: "text",
            label: { pl: "Znak decyzji", en: "Reference number of the decision" },
            maxLength: 60,
            errors: { required: { pl: "Podaj znak decyzji", en: "Enter the decision's reference number" } },
          },
          { key: "decisionDate", kind: "date", label: { pl: "Data decyzji", en: "Date of the decision" }, min: { date: "1995-01-01" }, max: "today" },
          {
            key: "previousHolder",
            kind: "text",
            label: { pl: "Strona, na rzecz której wydano decyzję", en: "Party the decision was issued to" },
            maxLength: 300,
          },
          {
            key: "holderConsent",
            kind: "file",
            label: { pl: "Zgoda strony na przeniesienie decyzji", en: "That party's consent to the transfer" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "acceptConditions",
            kind: "consent",
            label: { pl: "Przyjmuję wszystkie warunki zawarte w decyzji.", en: "I accept all the conditions set out in the decision." },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę przeniesienia decyzji na podstawie ustawy o planowaniu i zagospodarowaniu przestrzennym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the transfer under the Spatial Planning Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
