/**
 * Oświadczenie o powrocie do nazwiska noszonego przed zawarciem małżeństwa (art. 59 of the Family
 * and Guardianship Code): within 3 months of the divorce judgment becoming final. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep } from "./shared-fields";

export const preMaritalSurnameReturn = defineService({
  id: "pre-marital-surname-return",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Powrót do nazwiska sprzed małżeństwa po rozwodzie",
    en: "Returning to your pre-marriage surname after divorce",
  },
  summary: {
    pl: "Złóż oświadczenie o powrocie do nazwiska, które nosiłeś lub nosiłaś przed ślubem.",
    en: "Declare that you are returning to the surname you had before the marriage.",
  },
  whoCanApply: {
    pl: "Osoba rozwiedziona, która zmieniła nazwisko przy ślubie. Oświadczenie trzeba złożyć w ciągu 3 miesięcy od uprawomocnienia się wyroku rozwodowego; później pozostaje administracyjna zmiana nazwiska.",
    en: "A divorced person who changed their surname on marriage. The declaration must be made within 3 months of the divorce judgment becoming final; after that, only an administrative change of surname is possible.",
  },
  whatYouNeed: [
    { pl: "Datę uprawomocnienia się wyroku rozwodowego i oznaczenie sądu", en: "The date the divorce judgment became final and the court's name" },
    { pl: "Odpis prawomocnego wyroku, jeśli w akcie małżeństwa nie ma jeszcze wzmianki o rozwodzie", en: "A copy of the final judgment, if the marriage record does not yet mention the divorce" },
    { pl: "Potwierdzenie zapłaty 11 zł opłaty skarbowej", en: "Proof of paying 11 zł stamp duty" },
  ],
  fee: { amountGrosze: 1100, note: { pl: "11 zł opłaty skarbowej za przyjęcie oświadczenia.", en: "11 zł stamp duty for receiving the declaration." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Kierownik urzędu stanu cywilnego przyjmuje oświadczenie i zamieszcza wzmiankę w akcie małżeństwa niezwłocznie. Po zmianie nazwiska wymień dowód osobisty.",
    en: "The registrar receives the declaration and annotates the marriage record straight away. After the change, replace your ID card.",
  },
  legalBasis: {
    pl: "Kodeks rodzinny i opiekuńczy (art. 59); ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego",
    en: "Family and Guardianship Code (Article 59); Act of 28 November 2014 – Civil Status Records Act",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["nazwisko po rozwodzie", "powrót do nazwiska panieńskiego", "rozwód nazwisko", "nazwisko rodowe"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "divorce",
        title: { pl: "Rozwód i nazwisko", en: "Divorce and surname" },
        fields: [
          {
            key: "requestedSurname",
            kind: "text",
            label: { pl: "Nazwisko, do którego wracasz", en: "The surname you are returning to" },
            hint: { pl: "Nazwisko noszone bezpośrednio przed tym małżeństwem.", en: "The surname you had immediately before this marriage." },
            maxLength: 100,
            errors: { required: { pl: "Podaj nazwisko, do którego wracasz", en: "Enter the surname you are returning to" } },
          },
          {
            key: "divorceFinalDate",
            kind: "date",
            label: { pl: "Data uprawomocnienia się wyroku rozwodowego", en: "Date the divorce judgment became final" },
            min: { daysFromToday: -92 },
            max: "today",
            errors: {
              required: { pl: "Podaj datę uprawomocnienia się wyroku", en: "Enter the date the judgment became final" },
              tooEarly: {
                pl: "Oświadczenie można złożyć tylko w ciągu 3 miesięcy od uprawomocnienia się wyroku – po tym terminie złóż wniosek o zmianę nazwiska",
                en: "The declaration can only be made within 3 months of the judgment becoming final – after that, apply for a change of surname",
              },
            },
          },
          { key: "court", kind: "text", label: { pl: "Sąd i sygnatura akt", en: "Court and case number" }, hint: { pl: "Na przykład: Sąd Okręgowy w Gliwicach, II RC 123/25.", en: "For example: Regional Court in Gliwice, II RC 123/25." }, maxLength: 200 },
          { key: "marriagePlace", kind: "text", label: { pl: "Miejsce zawarcia małżeństwa", en: "Place of the marriage" }, maxLength: 200 },
          { key: "marriageDate", kind: "date", label: { pl: "Data zawarcia małżeństwa", en: "Date of the marriage" }, min: { date: "1900-01-01" }, max: "today" },
          {
            key: "judgmentCopy",
            kind: "file",
            label: { pl: "Odpis prawomocnego wyroku rozwodowego", en: "Copy of the final divorce judgment" },
            hint: { pl: "Potrzebny, jeśli sąd nie przekazał jeszcze wyroku do urzędu stanu cywilnego.", en: "Needed if the court has not yet sent the judgment to the civil registry." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (11 zł)", en: "Proof of paying the stamp duty (11 zł)" },
            hint: { pl: "Przelew na rachunek urzędu miasta lub gminy.", en: "A transfer to the municipal office's bank account." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      declarationStep,
    ],
  },
});
