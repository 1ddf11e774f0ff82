/**
 * Wpis do rejestru działalności regulowanej w zakresie odbierania odpadów komunalnych od właścicieli
 * nieruchomości (ustawa o utrzymaniu czystości, art. 9b–9c). Data only.
 */
import { defineService } from "../../types";
import {
  companyFields,
  contactFields,
  criminalTruthDeclarationField,
  identityFields,
  privacyNoticeField,
  representativeFields,
} from "../taxes-and-local-fees/common-fields";

export const wasteCollectionRegisterEntry = defineService({
  id: "waste-collection-register-entry",
  version: 1,
  category: "business-and-licences",
  name: {
    pl: "Wpis do rejestru działalności regulowanej – odbieranie odpadów komunalnych",
    en: "Entry in the regulated-activity register for municipal waste collection",
  },
  summary: {
    pl: "Uzyskaj wpis do rejestru, bez którego nie możesz odbierać odpadów komunalnych od właścicieli nieruchomości w gminie.",
    en: "Get entered in the register you need to collect municipal waste from property owners in the municipality.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca wpisany do rejestru BDO, który spełnia warunki wykonywania działalności w zakresie odbierania odpadów komunalnych.",
    en: "A business entered in the BDO waste database that meets the conditions for collecting municipal waste.",
  },
  whatYouNeed: [
    { pl: "NIP, REGON i – jeśli masz – numer KRS", en: "Your NIP, REGON and – if you have one – KRS number" },
    { pl: "Numer rejestrowy w BDO", en: "Your BDO registration number" },
    { pl: "Kody odpadów, które zamierzasz odbierać", en: "The codes of the waste you intend to collect" },
  ],
  fee: {
    amountGrosze: 5000,
    note: {
      pl: "Opłata skarbowa za wpis do rejestru działalności regulowanej: 50 zł (zmiana wpisu – 25 zł).",
      en: "Stamp duty for an entry in the regulated-activity register: 50 zł (changing the entry – 25 zł).",
    },
  },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Urząd dokonuje wpisu w ciągu 7 dni od otrzymania kompletnego wniosku. Jeśli tego nie zrobi, po 14 dniach od złożenia wniosku możesz rozpocząć działalność.",
    en: "The office makes the entry within 7 days of receiving a complete application. If it does not, you may start 14 days after applying.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 9b–9d); ustawa z dnia 6 marca 2018 r. – Prawo przedsiębiorców (art. 43–44)",
    en: "Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Articles 9b–9d); Entrepreneurs' Law of 6 March 2018 (Articles 43–44)",
  },
  departmentCode: "go",
  jrwaClass: "6233", // JRWA: verify against the office's list
  keywords: ["odbiór odpadów", "rejestr działalności regulowanej", "wywóz śmieci firma", "bdo"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, ...representativeFields, ...contactFields],
      },
      {
        id: "business",
        title: { pl: "Przedsiębiorca i odpady", en: "Business and waste" },
        fields: [
          ...companyFields,
          {
            key: "bdoNumber",
            kind: "text",
            label: { pl: "Numer rejestrowy w BDO", en: "BDO registration number" },
            hint: { pl: "Na przykład 000012345.", en: "For example, 000012345." },
            maxLength: 9,
            errors: { required: { pl: "Podaj numer rejestrowy w BDO", en: "Enter the BDO registration number" } },
          },
          {
            key: "wasteCodes",
            kind: "checkboxes",
            label: { pl: "Rodzaje odbieranych odpadów", en: "Types of waste to be collected" },
            options: [
              { value: "200301", label: { pl: "20 03 01 – niesegregowane (zmieszane) odpady komunalne", en: "20 03 01 – mixed municipal waste" } },
              { value: "150101", label: { pl: "15 01 01 – opakowania z papieru i tektury", en: "15 01 01 – paper and cardboard packaging" } },
              { value: "150102", label: { pl: "15 01 02 – opakowania z tworzyw sztucznych", en: "15 01 02 – plastic packaging" } },
              { value: "150106", label: { pl: "15 01 06 – zmieszane odpady opakowaniowe", en: "15 01 06 – mixed packaging" } },
              { value: "150107", label: { pl: "15 01 07 – opakowania ze szkła", en: "15 01 07 – glass packaging" } },
              { value: "200201", label: { pl: "20 02 01 – odpady ulegające biodegradacji", en: "20 02 01 – biodegradable waste" } },
              { value: "200307", label: { pl: "20 03 07 – odpady wielkogabarytowe", en: "20 03 07 – bulky waste" } },
            ],
            errors: { required: { pl: "Wybierz co najmniej jeden rodzaj odpadów", en: "Select at least one type of waste" } },
          },
          {
            key: "otherWasteCodes",
            kind: "text",
            label: { pl: "Inne kody odpadów", en: "Other waste codes" },
            hint: { pl: "Oddziel je przecinkami. Pomiń, jeśli nie dotyczy.", en: "Separate them with commas. Skip it if none." },
            optional: true,
            maxLength: 500,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "conditionsStatement",
            kind: "consent",
            label: {
              pl: "Oświadczam, że dane zawarte we wniosku o wpis do rejestru działalności regulowanej są kompletne i zgodne z prawdą oraz że znane mi są i spełniam warunki wykonywania działalności w zakresie odbierania odpadów komunalnych od właścicieli nieruchomości, określone w ustawie o utrzymaniu czystości i porządku w gminach.",
              en: "I declare that the information in the application for entry in the regulated-activity register is complete and true, and that I know and meet the conditions for collecting municipal waste from property owners set out in the Act on maintaining cleanliness and order in municipalities.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
