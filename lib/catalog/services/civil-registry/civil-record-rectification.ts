/**
 * Sprostowanie lub uzupełnienie aktu stanu cywilnego: correcting an obvious error in, or adding
 * missing data to, a civil status record. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, deliveryField, feeReceipt39zlField, recordTypeField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const civilRecordRectification = defineService({
  id: "civil-record-rectification",
  version: 1,
  category: "civil-registry",
  name: { pl: "Sprostowanie lub uzupełnienie aktu stanu cywilnego", en: "Correcting or completing a civil status record" },
  summary: {
    pl: "Poproś o poprawienie oczywistego błędu lub uzupełnienie brakujących danych w akcie urodzenia, małżeństwa lub zgonu.",
    en: "Ask for an obvious error to be corrected, or missing data to be added, in a birth, marriage or death record.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy akt, jej najbliższa rodzina, przedstawiciel ustawowy albo osoba, która wykaże interes prawny. Wniosek możesz złożyć w dowolnym urzędzie stanu cywilnego. Jeśli błąd nie jest oczywisty, sprostowanie orzeka sąd.",
    en: "The person the record concerns, their close family, legal representative or anyone with a legal interest. You can apply at any civil registry office. If the error is not obvious, a court rules on the correction.",
  },
  whatYouNeed: [
    { pl: "Wskazanie błędu lub brakujących danych i prawidłowej treści", en: "The error or the missing data and the correct content" },
    { pl: "Dokumenty potwierdzające prawidłowe dane (np. inne akty, dokumenty zagraniczne)", en: "Documents showing the correct data (such as other records, foreign documents)" },
    { pl: "Potwierdzenie zapłaty 39 zł opłaty skarbowej", en: "Proof of paying 39 zł stamp duty" },
  ],
  fee: {
    amountGrosze: 3900,
    note: {
      pl: "39 zł opłaty skarbowej. Bez opłaty, jeśli błąd powstał z winy urzędu.",
      en: "39 zł stamp duty. Free if the error was the office's fault.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Do miesiąca, a w sprawie szczególnie skomplikowanej do dwóch miesięcy. Odmowa następuje w drodze decyzji.",
    en: "Up to one month, or two months if particularly complex. A refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (sprostowanie i uzupełnienie aktu stanu cywilnego)",
    en: "Act of 28 November 2014 – Civil Status Records Act (correction and completion of a civil status record)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5360",
  keywords: ["błąd w akcie", "sprostowanie aktu", "uzupełnienie aktu", "literówka w akcie urodzenia", "poprawienie aktu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "record",
        title: { pl: "Akt i błąd", en: "The record and the error" },
        fields: [
          {
            key: "action",
            kind: "radio",
            label: { pl: "O co wnosisz?", en: "What are you asking for?" },
            options: [
              { value: "rectification", label: { pl: "Sprostowanie oczywistego błędu", en: "Correcting an obvious error" } },
              { value: "completion", label: { pl: "Uzupełnienie brakujących danych", en: "Adding missing data" } },
            ],
            errors: { required: { pl: "Wybierz, o co wnosisz", en: "Select what you are asking for" } },
          },
          recordTypeField,
          { key: "recordPerson", kind: "text", label: { pl: "Imię i nazwisko osoby, której dotyczy akt", en: "Full name of the person the record concerns" }, maxLength: 300 },
          { key: "recordOffice", kind: "text", label: { pl: "Urząd stanu cywilnego, który sporządził akt", en: "Civil registry office that drew up the record" }, maxLength: 200 },
          { key: "recordNumber", kind: "text", label: { pl: "Numer aktu", en: "Record number" }, hint: { pl: "Jeśli go znasz, na przykład 2466011/00/AU/2019/123456.", en: "If you know it, for example 2466011/00/AU/2019/123456." }, optional: true, maxLength: 60 },
          {
            key: "correction",
            kind: "long-text",
            label: { pl: "Co jest błędne lub czego brakuje i jak powinno brzmieć?", en: "What is wrong or missing and what should it be?" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz błąd lub brakujące dane i prawidłową treść", en: "Describe the error or missing data and the correct content" } },
          },
          { key: "supportingDocuments", kind: "file", label: { pl: "Dokumenty potwierdzające prawidłowe dane", en: "Documents showing the correct data" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          feeReceipt39zlField, deliveryField, postalAddressField,
        ],
      },
      declarationStep,
    ],
  },
});
