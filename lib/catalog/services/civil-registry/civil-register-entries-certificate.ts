/**
 * Zaświadczenie o zamieszczonych lub niezamieszczonych w rejestrze stanu cywilnego danych, e.g.
 * that no marriage record exists for a person. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, deliveryField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const civilRegisterEntriesCertificate = defineService({
  id: "civil-register-entries-certificate",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zaświadczenie o danych zamieszczonych lub niezamieszczonych w rejestrze stanu cywilnego",
    en: "Certificate of data recorded or not recorded in the civil status register",
  },
  summary: {
    pl: "Zamów zaświadczenie, że w rejestrze stanu cywilnego jest albo nie ma określonego aktu lub danych.",
    en: "Order a certificate stating whether a particular record or data is in the civil status register.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczą dane, jej najbliższa rodzina (małżonek, wstępni, zstępni, rodzeństwo), przedstawiciel ustawowy, a także osoba, która wykaże interes prawny.",
    en: "The person the data concerns, their close family (spouse, ascendants, descendants, siblings), their legal representative, and anyone who shows a legal interest.",
  },
  whatYouNeed: [
    { pl: "Dane osoby i zakres sprawdzenia (rodzaj aktu, okres, miejsce)", en: "The person's details and what to check (type of record, period, place)" },
    { pl: "Potwierdzenie zapłaty 24 zł opłaty skarbowej", en: "Proof of paying 24 zł stamp duty" },
  ],
  fee: { amountGrosze: 2400, note: { pl: "24 zł opłaty skarbowej.", en: "24 zł stamp duty." } },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przepisy o zaświadczeniach); Kodeks postępowania administracyjnego (art. 217)",
    en: "Act of 28 November 2014 – Civil Status Records Act (provisions on certificates); Code of Administrative Procedure (Article 217)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5364",
  keywords: ["zaświadczenie o braku aktu", "brak aktu małżeństwa", "zaświadczenie z rejestru stanu cywilnego", "niezamieszczenie danych"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "scope",
        title: { pl: "Zakres zaświadczenia", en: "What the certificate covers" },
        fields: [
          {
            key: "subject",
            kind: "radio",
            label: { pl: "Kogo dotyczy zaświadczenie?", en: "Who is the certificate about?" },
            options: [
              { value: "self", label: { pl: "Mnie", en: "Me" } },
              { value: "family", label: { pl: "Członka mojej najbliższej rodziny", en: "A close family member" } },
              { value: "legal-interest", label: { pl: "Innej osoby – mam interes prawny", en: "Another person – I have a legal interest" } },
            ],
            errors: { required: { pl: "Wybierz, kogo dotyczy zaświadczenie", en: "Select who the certificate is about" } },
          },
          { key: "subjectName", kind: "text", label: { pl: "Imię i nazwisko tej osoby", en: "The person's full name" }, showIf: { field: "subject", notEquals: "self" }, maxLength: 200 },
          { key: "subjectBirthDate", kind: "date", label: { pl: "Data urodzenia tej osoby", en: "The person's date of birth" }, showIf: { field: "subject", notEquals: "self" }, optional: true, min: { date: "1800-01-01" }, max: "today" },
          {
            key: "recordTypes",
            kind: "checkboxes",
            label: { pl: "Jakich aktów dotyczy sprawdzenie?", en: "Which records should be checked?" },
            options: [
              { value: "birth", label: { pl: "Akt urodzenia", en: "Birth record" } },
              { value: "marriage", label: { pl: "Akt małżeństwa", en: "Marriage record" } },
              { value: "death", label: { pl: "Akt zgonu", en: "Death record" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden rodzaj aktu", en: "Select at least one type of record" } },
          },
          {
            key: "queryScope",
            kind: "long-text",
            label: { pl: "Co ma potwierdzić zaświadczenie?", en: "What should the certificate confirm?" },
            hint: { pl: "Na przykład: że w rejestrze nie ma aktu małżeństwa Jana Kowalskiego za lata 2000–2025.", en: "For example: that there is no marriage record for Jan Kowalski for 2000–2025." },
            maxLength: 2000,
            errors: { required: { pl: "Opisz, co ma potwierdzić zaświadczenie", en: "Describe what the certificate should confirm" } },
          },
          {
            key: "interestDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające interes prawny", en: "Documents showing your legal interest" },
            showIf: { field: "subject", equals: "legal-interest" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (24 zł)", en: "Proof of paying the stamp duty (24 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          deliveryField, postalAddressField,
        ],
      },
      declarationStep,
    ],
  },
});
