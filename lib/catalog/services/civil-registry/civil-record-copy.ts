/**
 * Wniosek o wydanie odpisu aktu stanu cywilnego (urodzenia, małżeństwa, zgonu): short, full or
 * multilingual copies of one or more records; the stamp duty is computed from the copies ordered. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, deliveryField, recordPersonField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const civilRecordCopy = defineService({
  id: "civil-record-copy",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Odpis aktu urodzenia, małżeństwa lub zgonu",
    en: "Copy of a birth, marriage or death record",
  },
  summary: {
    pl: "Zamów odpis skrócony, zupełny lub wielojęzyczny aktu stanu cywilnego.",
    en: "Order a short, full or multilingual copy of a civil status record.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy akt, jej małżonek, wstępni (rodzice, dziadkowie), zstępni (dzieci, wnuki), rodzeństwo, przedstawiciel ustawowy i opiekun, a także osoba, która wykaże interes prawny. Odpis możesz zamówić w dowolnym urzędzie stanu cywilnego.",
    en: "The person the record concerns, their spouse, ascendants (parents, grandparents), descendants (children, grandchildren), siblings, legal representative and guardian, and anyone who shows a legal interest. You can order a copy from any civil registry office.",
  },
  whatYouNeed: [
    { pl: "Dane osoby, której dotyczy akt, oraz datę i miejsce zdarzenia", en: "Details of the person the record concerns and the date and place of the event" },
    { pl: "Potwierdzenie zapłaty opłaty skarbowej: 22 zł za odpis skrócony lub wielojęzyczny, 33 zł za odpis zupełny", en: "Proof of paying the stamp duty: 22 zł for a short or multilingual copy, 33 zł for a full copy" },
    { pl: "Dokumenty potwierdzające interes prawny, jeśli nie jesteś członkiem najbliższej rodziny", en: "Documents showing your legal interest, if you are not a close family member" },
  ],
  fee: {
    amountGrosze: 2200,
    note: {
      pl: "22 zł za odpis skrócony lub wielojęzyczny, 33 zł za odpis zupełny. Bez opłaty m.in. odpisy potrzebne w sprawach alimentów, pomocy społecznej, świadczeń, ubezpieczeń społecznych i nauki oraz pierwszy odpis skrócony wydawany z urzędu po sporządzeniu aktu.",
      en: "22 zł for a short or multilingual copy, 33 zł for a full copy. Free, for example, for copies needed for maintenance, social assistance, benefits, social insurance and education, and the first short copy issued when the record is drawn up.",
    },
  },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zwykle od ręki. Jeśli akt jest tylko w księdze papierowej, urząd musi go najpierw przenieść do rejestru elektronicznego, co może wydłużyć sprawę.",
    en: "Usually straight away. If the record exists only in a paper book, the office must first transfer it to the electronic register, which can take longer.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przepisy o wydawaniu odpisów); ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej",
    en: "Act of 28 November 2014 – Civil Status Records Act (provisions on issuing copies); Act of 16 November 2006 on stamp duty",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5364",
  keywords: ["akt urodzenia", "odpis aktu", "akt małżeństwa", "akt zgonu", "odpis wielojęzyczny", "odpis zupełny"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "records",
        title: { pl: "Akty i odpisy", en: "Records and copies" },
        fields: [
          {
            key: "relationship",
            kind: "radio",
            label: { pl: "Kogo dotyczą akty?", en: "Who do the records concern?" },
            options: [
              { value: "self", label: { pl: "Mnie", en: "Me" } },
              { value: "family", label: { pl: "Mojego małżonka, rodzica, dziadka, dziecka, wnuka lub rodzeństwa", en: "My spouse, parent, grandparent, child, grandchild or sibling" } },
              { value: "representative", label: { pl: "Osoby, której jestem przedstawicielem ustawowym lub opiekunem", en: "A person I am the legal representative or guardian of" } },
              { value: "legal-interest", label: { pl: "Innej osoby – mam interes prawny", en: "Another person – I have a legal interest" } },
            ],
            errors: { required: { pl: "Wybierz, kogo dotyczą akty", en: "Select who the records concern" } },
          },
          {
            key: "legalInterest",
            kind: "long-text",
            label: { pl: "Na czym polega Twój interes prawny?", en: "What is your legal interest?" },
            hint: { pl: "Na przykład: postępowanie spadkowe po zmarłym bracie dziadka.", en: "For example: inheritance proceedings after a great-uncle." },
            showIf: { field: "relationship", equals: "legal-interest" },
            maxLength: 2000,
          },
          {
            key: "interestDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające interes prawny", en: "Documents showing your legal interest" },
            showIf: { field: "relationship", equals: "legal-interest" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "records",
            kind: "group",
            label: { pl: "Akty, z których zamawiasz odpisy", en: "Records you are ordering copies of" },
            itemLabel: { pl: "Akt {n}", en: "Record {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              {
                key: "recordType",
                kind: "radio",
                label: { pl: "Rodzaj aktu", en: "Type of record" },
                options: [
                  { value: "birth", label: { pl: "Akt urodzenia", en: "Birth record" } },
                  { value: "marriage", label: { pl: "Akt małżeństwa", en: "Marriage record" } },
                  { value: "death", label: { pl: "Akt zgonu", en: "Death record" } },
                ],
              },
              recordPersonField,
              { key: "eventDate", kind: "date", label: { pl: "Data zdarzenia", en: "Date of the event" }, min: { date: "1800-01-01" }, max: "today" },
              { key: "eventPlace", kind: "text", label: { pl: "Miejsce zdarzenia", en: "Place of the event" }, maxLength: 200 },
              { key: "shortCopies", kind: "integer", label: { pl: "Liczba odpisów skróconych (22 zł)", en: "Number of short copies (22 zł)" }, minValue: 0, maxValue: 10 },
              { key: "fullCopies", kind: "integer", label: { pl: "Liczba odpisów zupełnych (33 zł)", en: "Number of full copies (33 zł)" }, minValue: 0, maxValue: 10 },
              { key: "multilingualCopies", kind: "integer", label: { pl: "Liczba odpisów wielojęzycznych (22 zł)", en: "Number of multilingual copies (22 zł)" }, minValue: 0, maxValue: 10 },
            ],
          },
          {
            key: "feeTotal",
            kind: "computed",
            label: { pl: "Opłata skarbowa do zapłaty", en: "Stamp duty to pay" },
            hint: { pl: "Jeśli odpis jest zwolniony z opłaty, wpisz cel w polu poniżej i nie płać.", en: "If the copy is exempt, give the purpose below and do not pay." },
            expression: {
              sumOver: "records",
              of: {
                sum: [
                  { product: [{ field: "shortCopies" }, { const: 2200 }] },
                  { product: [{ field: "fullCopies" }, { const: 3300 }] },
                  { product: [{ field: "multilingualCopies" }, { const: 2200 }] },
                ],
              },
            },
            format: "money",
          },
          {
            key: "exemptPurpose",
            kind: "text",
            label: { pl: "Cel zwolniony z opłaty, jeśli dotyczy", en: "Fee-exempt purpose, if any" },
            hint: { pl: "Na przykład: wniosek o świadczenie wychowawcze.", en: "For example: an application for a child benefit." },
            optional: true,
            maxLength: 300,
          },
          {
            key: "feeReceipt",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty opłaty skarbowej", en: "Proof of paying the stamp duty" },
            optional: true,
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
