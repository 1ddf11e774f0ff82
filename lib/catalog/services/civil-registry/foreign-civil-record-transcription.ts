/**
 * Transkrypcja zagranicznego dokumentu stanu cywilnego: entering a foreign birth, marriage or death
 * record in the Polish civil status register, optionally with spelling adaptation and completion. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, deliveryField, recordPersonField, recordTypeField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const foreignCivilRecordTranscription = defineService({
  id: "foreign-civil-record-transcription",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Transkrypcja zagranicznego aktu stanu cywilnego",
    en: "Transcription of a foreign civil status record",
  },
  summary: {
    pl: "Wpisz zagraniczny akt urodzenia, małżeństwa lub zgonu do polskiego rejestru stanu cywilnego.",
    en: "Have a foreign birth, marriage or death record entered in the Polish civil status register.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy akt, albo osoba, która wykaże interes prawny (np. rodzic dziecka urodzonego za granicą, małżonek). Transkrypcja jest obowiązkowa, jeśli obywatel polski, którego dotyczy zdarzenie, ma już akt w Polsce albo ubiega się o polski dokument lub numer PESEL. Wniosek możesz złożyć w dowolnym urzędzie stanu cywilnego albo przez konsula.",
    en: "The person the record concerns, or someone with a legal interest (such as a parent of a child born abroad, or a spouse). Transcription is compulsory if the Polish citizen concerned already has a record in Poland or is applying for a Polish document or PESEL number. You can apply at any civil registry office or through a consul.",
  },
  whatYouNeed: [
    { pl: "Oryginał zagranicznego dokumentu, z apostille lub legalizacją, jeśli są wymagane (oryginał złożysz w urzędzie)", en: "The original foreign document, with an apostille or legalisation if required (you will hand in the original at the office)" },
    { pl: "Tłumaczenie przysięgłe na język polski, chyba że dokument jest na formularzu wielojęzycznym UE lub konwencyjnym", en: "A sworn translation into Polish, unless the document is on an EU or convention multilingual form" },
    { pl: "Potwierdzenie zapłaty 50 zł opłaty skarbowej", en: "Proof of paying 50 zł stamp duty" },
  ],
  fee: {
    amountGrosze: 5000,
    note: {
      pl: "50 zł opłaty skarbowej za transkrypcję. Pierwszy odpis skrócony sporządzonego aktu otrzymasz bez opłaty.",
      en: "50 zł stamp duty for the transcription. You receive the first short copy of the new record free of charge.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Zwykle kilka dni; jeśli urząd musi wyjaśnić treść dokumentu, do miesiąca. Odmowa następuje w drodze decyzji.",
    en: "Usually a few days; up to a month if the office has to clarify the document. A refusal is issued as a decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (transkrypcja zagranicznego dokumentu stanu cywilnego)",
    en: "Act of 28 November 2014 – Civil Status Records Act (transcription of a foreign civil status document)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5360",
  keywords: ["transkrypcja", "zagraniczny akt urodzenia", "akt z zagranicy", "ślub za granicą wpisanie", "umiejscowienie aktu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "record",
        title: { pl: "Zagraniczny akt", en: "The foreign record" },
        fields: [
          recordTypeField, recordPersonField,
          {
            key: "relationship",
            kind: "radio",
            label: { pl: "Kim jesteś dla tej osoby?", en: "What is your relationship to this person?" },
            options: [
              { value: "self", label: { pl: "To mój akt", en: "It is my record" } },
              { value: "family", label: { pl: "Rodzicem, małżonkiem, dzieckiem lub rodzeństwem", en: "Parent, spouse, child or sibling" } },
              { value: "legal-interest", label: { pl: "Inną osobą z interesem prawnym", en: "Another person with a legal interest" } },
            ],
            errors: { required: { pl: "Wybierz, kim jesteś dla tej osoby", en: "Select your relationship to this person" } },
          },
          { key: "issuingCountry", kind: "text", label: { pl: "Państwo, w którym sporządzono akt", en: "Country where the record was drawn up" }, maxLength: 100 },
          { key: "eventDate", kind: "date", label: { pl: "Data zdarzenia", en: "Date of the event" }, min: { date: "1900-01-01" }, max: "today" },
          { key: "eventPlace", kind: "text", label: { pl: "Miejsce zdarzenia", en: "Place of the event" }, maxLength: 200 },
          {
            key: "adaptation",
            kind: "yes-no",
            label: { pl: "Czy dostosować pisownię danych do polskich reguł?", en: "Should the spelling be adapted to Polish rules?" },
            hint: { pl: "Na przykład zapis imienia bez znaków obcych alfabetów.", en: "For example writing a name without characters of foreign alphabets." },
            errors: { required: { pl: "Odpowiedz, czy dostosować pisownię", en: "Select whether to adapt the spelling" } },
          },
          {
            key: "completion",
            kind: "long-text",
            label: { pl: "Dane do uzupełnienia aktu, jeśli w dokumencie ich brakuje", en: "Data to complete the record, if missing in the document" },
            hint: { pl: "Na przykład nazwiska rodowe rodziców albo nazwiska małżonków po ślubie.", en: "For example the parents' surnames at birth or the spouses' surnames after the wedding." },
            optional: true,
            maxLength: 2000,
          },
          { key: "foreignDocument", kind: "file", label: { pl: "Skan zagranicznego dokumentu", en: "Scan of the foreign document" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 4 },
          {
            key: "translation",
            kind: "file",
            label: { pl: "Tłumaczenie przysięgłe", en: "Sworn translation" },
            hint: { pl: "Niepotrzebne przy formularzu wielojęzycznym.", en: "Not needed for a multilingual form." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 4,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej (50 zł)", en: "Proof of paying the stamp duty (50 zł)" },
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
