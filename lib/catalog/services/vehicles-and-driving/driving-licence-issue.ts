/**
 * Wydanie prawa jazdy po zdanym egzaminie: the application was filed with the PKK, so here the
 * person confirms the payment and how to collect the document. Data only.
 */
import { defineService } from "../../types";
import { personWithAddressStep } from "../shared/applicant";
import { declarationStep } from "./shared-fields";

export const drivingLicenceIssue = defineService({
  id: "driving-licence-issue",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wydanie prawa jazdy po zdanym egzaminie", en: "Getting your driving licence after the exam" },
  summary: {
    pl: "Po zdanym egzaminie potwierdź opłatę, aby urząd zamówił Twoje prawo jazdy.",
    en: "After passing the exam, confirm the payment so the office orders your driving licence.",
  },
  whoCanApply: {
    pl: "Osoba, która ma profil kandydata na kierowcę (PKK) i zdała egzamin państwowy. Wniosek o prawo jazdy został złożony przy zakładaniu profilu.",
    en: "A person with a learner driver profile (PKK) who has passed the state exam. The licence application was filed when the profile was created.",
  },
  whatYouNeed: [
    { pl: "Numer profilu kandydata na kierowcę (PKK)", en: "Your learner driver profile number (PKK)" },
    { pl: "Potwierdzenie zapłaty 100,50 zł", en: "Proof of paying 100.50 zł" },
  ],
  fee: {
    amountGrosze: 10050,
    note: { pl: "100 zł za prawo jazdy i 0,50 zł opłaty ewidencyjnej.", en: "100 zł for the licence and a 0.50 zł record fee." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd zamawia dokument po otrzymaniu wyniku egzaminu i opłaty; prawo jazdy jest zwykle gotowe w kilka dni roboczych.",
    en: "The office orders the document once it has the exam result and the payment; the licence is usually ready within a few working days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami",
    en: "Act of 5 January 2011 on vehicle drivers",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["odbiór prawa jazdy", "nowe prawo jazdy", "zdany egzamin", "prawko"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "licence",
        title: { pl: "Prawo jazdy", en: "The licence" },
        fields: [
          {
            key: "pkkNumber",
            kind: "text",
            label: { pl: "Numer PKK", en: "PKK number" },
            hint: { pl: "20 cyfr; znajdziesz go w potwierdzeniu założenia profilu lub w info-car.pl.", en: "20 digits; shown in the profile confirmation or on info-car.pl." },
            maxLength: 20,
            errors: { required: { pl: "Podaj numer PKK", en: "Enter the PKK number" } },
          },
          {
            key: "examDate",
            kind: "date",
            label: { pl: "Data zdanego egzaminu praktycznego", en: "Date you passed the practical exam" },
            min: { daysFromToday: -730 },
            max: "today",
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty", en: "Proof of payment" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "collection",
            kind: "radio",
            label: { pl: "Jak chcesz odebrać prawo jazdy?", en: "How do you want to collect the licence?" },
            options: [
              { value: "office", label: { pl: "Osobiście w urzędzie", en: "In person at the office" } },
              { value: "proxy", label: { pl: "Przez pełnomocnika", en: "Through a proxy" } },
            ],
          },
        ],
      },
      declarationStep,
    ],
  },
});
