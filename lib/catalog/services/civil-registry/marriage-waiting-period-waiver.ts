/**
 * Zezwolenie na zawarcie małżeństwa przed upływem miesiąca od złożenia zapewnienia (art. 4 of the
 * Family and Guardianship Code): granted by the civil registrar for important reasons. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep, feeReceipt39zlField, partnerNameField } from "./shared-fields";

export const marriageWaitingPeriodWaiver = defineService({
  id: "marriage-waiting-period-waiver",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zezwolenie na ślub przed upływem miesiąca od złożenia zapewnienia",
    en: "Permission to marry within a month of the pre-marriage declaration",
  },
  summary: {
    pl: "Poproś o zgodę na ślub wcześniej niż miesiąc po złożeniu zapewnienia, gdy masz ważny powód.",
    en: "Ask for permission to marry sooner than one month after the declaration, when you have an important reason.",
  },
  whoCanApply: {
    pl: "Osoby, które złożyły zapewnienie o braku przeszkód do małżeństwa i mają ważny powód, by zawrzeć je wcześniej – na przykład ciężką chorobę, wyjazd za granicę, powołanie do wojska albo zbliżający się poród.",
    en: "People who have made the pre-marriage declaration and have an important reason to marry sooner – such as serious illness, moving abroad, military service or an imminent birth.",
  },
  whatYouNeed: [
    { pl: "Opis ważnych powodów", en: "A description of the important reasons" },
    { pl: "Dokumenty, które je potwierdzają (np. zaświadczenie lekarskie, umowę o pracę za granicą)", en: "Documents confirming them (such as a medical certificate or a job contract abroad)" },
    { pl: "Potwierdzenie zapłaty 39 zł opłaty skarbowej", en: "Proof of paying 39 zł stamp duty" },
  ],
  fee: { amountGrosze: 3900, note: { pl: "39 zł opłaty skarbowej.", en: "39 zł stamp duty." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd rozstrzyga zwykle od ręki, bo sprawa jest pilna; ustawowo ma na to do miesiąca.",
    en: "The office usually decides straight away because the matter is urgent; the statutory limit is one month.",
  },
  legalBasis: {
    pl: "Kodeks rodzinny i opiekuńczy (art. 4); ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego",
    en: "Family and Guardianship Code (Article 4); Act of 28 November 2014 – Civil Status Records Act",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["skrócenie terminu ślubu", "szybki ślub", "ślub przed terminem", "zwolnienie z miesięcznego terminu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "waiver",
        title: { pl: "Termin i powody", en: "Date and reasons" },
        fields: [
          partnerNameField,
          {
            key: "assuranceDate",
            kind: "date",
            label: { pl: "Kiedy złożyliście zapewnienie?", en: "When did you make the declaration?" },
            hint: { pl: "Jeśli składacie je teraz, podaj dzisiejszą datę.", en: "If you are making it now, enter today's date." },
            min: { daysFromToday: -31 },
            max: "today",
          },
          { key: "assuranceOffice", kind: "text", label: { pl: "W którym urzędzie stanu cywilnego?", en: "At which civil registry office?" }, maxLength: 200 },
          {
            key: "plannedDate",
            kind: "date",
            label: { pl: "Planowana data ślubu", en: "Planned wedding date" },
            min: "today",
            max: { daysFromToday: 31 },
            errors: { required: { pl: "Podaj planowaną datę ślubu", en: "Enter the planned wedding date" } },
          },
          {
            key: "reasons",
            kind: "long-text",
            label: { pl: "Ważne powody", en: "Important reasons" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz ważne powody", en: "Describe the important reasons" } },
          },
          {
            key: "reasonDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające ważne powody", en: "Documents confirming the reasons" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          feeReceipt39zlField,
        ],
      },
      declarationStep,
    ],
  },
});
