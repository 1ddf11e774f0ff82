/**
 * Zaświadczenie o braku podstaw do wniesienia sprzeciwu wobec zgłoszenia: lets the investor start
 * the works before the 21-day objection period ends. Data only.
 */
import { defineService } from "../../types";
import { investorStep } from "./shared-fields";
import { accuracyDeclarationField } from "../shared/declaration";

export const noObjectionCertificate = defineService({
  id: "no-objection-certificate",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Zaświadczenie o braku podstaw do sprzeciwu wobec zgłoszenia", en: "Certificate that no objection will be raised to a notification" },
  summary: {
    pl: "Poproś o zaświadczenie, dzięki któremu zaczniesz zgłoszone roboty przed upływem 21 dni.",
    en: "Ask for a certificate that lets you start notified works before the 21 days have passed.",
  },
  whoCanApply: {
    pl: "Inwestor, który złożył zgłoszenie budowy lub robót budowlanych, a urząd jeszcze nie wniósł sprzeciwu.",
    en: "An investor who has notified construction works to which the office has not yet objected.",
  },
  whatYouNeed: [
    { pl: "Datę złożenia zgłoszenia i jego znak, jeśli go znasz", en: "The date of your notification and its reference, if you know it" },
    { pl: "Potwierdzenie zapłaty 17 zł, jeśli opłata Cię dotyczy", en: "Proof of paying 17 zł, if the fee applies" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej za zaświadczenie; sprawy budownictwa mieszkaniowego są zwolnione.",
      en: "17 zł stamp duty for the certificate; residential building cases are exempt.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 30); Kodeks postępowania administracyjnego (art. 217)",
    en: "Act of 7 July 1994 – Building Law (Article 30); Code of Administrative Procedure (Article 217)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6743",
  keywords: ["zaświadczenie o braku sprzeciwu", "szybszy start budowy", "zgłoszenie budowy", "brak sprzeciwu"],
  form: {
    version: 1,
    steps: [
      investorStep,
      {
        id: "notification",
        title: { pl: "Zgłoszenie", en: "The notification" },
        fields: [
          {
            key: "notificationDate",
            kind: "date",
            label: { pl: "Data złożenia zgłoszenia", en: "Date you filed the notification" },
            min: { daysFromToday: -30 },
            max: "today",
            errors: { required: { pl: "Podaj datę złożenia zgłoszenia", en: "Enter the date you filed the notification" } },
          },
          {
            key: "notificationReference",
            kind: "text",
            label: { pl: "Znak sprawy zgłoszenia", en: "Case reference of the notification" },
            optional: true,
            maxLength: 60,
          },
          { key: "worksAddress", kind: "address", label: { pl: "Adres nieruchomości", en: "Address of the property" } },
          {
            key: "isResidential",
            kind: "yes-no",
            label: { pl: "Czy zgłoszenie dotyczy budownictwa mieszkaniowego?", en: "Is the notification for residential building?" },
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej", en: "Proof of paying the stamp duty" },
            showIf: { field: "isResidential", equals: false },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać zaświadczenie na podstawie ustawy – Prawo budowlane i Kodeksu postępowania administracyjnego (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the certificate under the Building Law and the Code of Administrative Procedure (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
