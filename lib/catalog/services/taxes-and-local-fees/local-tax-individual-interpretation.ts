/**
 * Wniosek o interpretację indywidualną przepisów o podatkach i opłatach lokalnych, wydawaną przez
 * wójta, burmistrza lub prezydenta miasta (Ordynacja podatkowa art. 14b and 14j). Data only.
 */
import { defineService } from "../../types";
import {
  contactFields,
  criminalTruthDeclarationField,
  identityFields,
  privacyNoticeField,
  residenceAddressField,
} from "./common-fields";
import { individualNipField, runsBusinessField } from "./property-objects";

export const localTaxIndividualInterpretation = defineService({
  id: "local-tax-individual-interpretation",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Interpretacja indywidualna przepisów o podatkach lokalnych",
    en: "Individual tax ruling on local taxes",
  },
  summary: {
    pl: "Zapytaj urząd, jak przepisy o podatkach i opłatach lokalnych stosują się do Twojej sytuacji – interpretacja chroni Cię, jeśli się do niej zastosujesz.",
    en: "Ask the office how the local tax laws apply to your situation – the ruling protects you if you follow it.",
  },
  whoCanApply: {
    pl: "Każdy, kogo dotyczy opisany stan faktyczny lub zdarzenie przyszłe w zakresie podatków i opłat lokalnych, pod warunkiem że sprawa nie jest przedmiotem postępowania ani kontroli podatkowej.",
    en: "Anyone concerned by the described facts or future event in local taxes and fees, provided the matter is not subject to tax proceedings or an audit.",
  },
  whatYouNeed: [
    { pl: "Wyczerpujący opis stanu faktycznego lub zdarzenia przyszłego", en: "A full description of the facts or the future event" },
    { pl: "Pytania i Twoje własne stanowisko w sprawie", en: "Your questions and your own position" },
    { pl: "Opłatę 40 zł za każdy opisany stan faktyczny lub zdarzenie przyszłe, wpłaconą w ciągu 7 dni od złożenia wniosku", en: "A fee of 40 zł for each described set of facts or future event, paid within 7 days of filing" },
  ],
  fee: {
    amountGrosze: 4000,
    note: {
      pl: "40 zł za każdy stan faktyczny lub zdarzenie przyszłe – kwotę do zapłaty obliczymy z liczby opisanych spraw. Nieopłacony wniosek urząd pozostawi bez rozpatrzenia.",
      en: "40 zł for each set of facts or future event – we compute the amount from the number of cases you describe. The office will not consider an unpaid application.",
    },
  },
  deadline: { kind: "months", months: 3 },
  deadlineNote: {
    pl: "Urząd wydaje interpretację bez zbędnej zwłoki, nie później niż w ciągu 3 miesięcy od otrzymania wniosku.",
    en: "The office issues the ruling without undue delay, no later than 3 months after receiving the application.",
  },
  legalBasis: {
    pl: "Ordynacja podatkowa z dnia 29 sierpnia 1997 r. (art. 14b, 14d, 14f i 14j)",
    en: "Tax Ordinance of 29 August 1997 (Articles 14b, 14d, 14f and 14j)",
  },
  departmentCode: "fp",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["interpretacja podatkowa", "interpretacja indywidualna", "pytanie o podatek", "podatek od nieruchomości"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, residenceAddressField, runsBusinessField, individualNipField, ...contactFields],
      },
      {
        id: "questions",
        title: { pl: "Twoje pytania", en: "Your questions" },
        fields: [
          {
            key: "taxArea",
            kind: "select",
            label: { pl: "Czego dotyczy wniosek?", en: "What does the application concern?" },
            options: [
              { value: "property", label: { pl: "Podatek od nieruchomości", en: "Property tax" } },
              { value: "agricultural", label: { pl: "Podatek rolny", en: "Agricultural tax" } },
              { value: "forest", label: { pl: "Podatek leśny", en: "Forest tax" } },
              { value: "transport", label: { pl: "Podatek od środków transportowych", en: "Means-of-transport tax" } },
              { value: "local-fees", label: { pl: "Opłaty lokalne (targowa, miejscowa, od posiadania psów)", en: "Local fees (market, visitor, dog fee)" } },
            ],
            errors: { required: { pl: "Wybierz, czego dotyczy wniosek", en: "Select what the application concerns" } },
          },
          {
            key: "cases",
            kind: "group",
            label: { pl: "Stany faktyczne lub zdarzenia przyszłe", en: "Sets of facts or future events" },
            hint: {
              pl: "Każda odrębna sytuacja to osobna pozycja i osobna opłata 40 zł.",
              en: "Each separate situation is a separate item and a separate 40 zł fee.",
            },
            itemLabel: { pl: "Sprawa {n}", en: "Case {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              {
                key: "caseKind",
                kind: "radio",
                label: { pl: "Rodzaj", en: "Type" },
                options: [
                  { value: "facts", label: { pl: "Stan faktyczny", en: "Existing facts" } },
                  { value: "future-event", label: { pl: "Zdarzenie przyszłe", en: "Future event" } },
                ],
              },
              {
                key: "caseDescription",
                kind: "long-text",
                label: { pl: "Opis", en: "Description" },
                hint: { pl: "Opisz wszystkie okoliczności, które mają znaczenie dla odpowiedzi.", en: "Describe every circumstance that matters for the answer." },
                maxLength: 10000,
                errors: { required: { pl: "Opisz stan faktyczny lub zdarzenie", en: "Describe the facts or the event" } },
              },
              {
                key: "caseQuestions",
                kind: "long-text",
                label: { pl: "Pytania", en: "Questions" },
                maxLength: 3000,
                errors: { required: { pl: "Wpisz pytania", en: "Enter your questions" } },
              },
              {
                key: "casePosition",
                kind: "long-text",
                label: { pl: "Twoje stanowisko", en: "Your position" },
                hint: { pl: "Jak Twoim zdaniem należy odpowiedzieć na pytania i dlaczego.", en: "How you think the questions should be answered, and why." },
                maxLength: 5000,
                errors: { required: { pl: "Przedstaw swoje stanowisko", en: "Give your position" } },
              },
            ],
          },
          {
            key: "rulingFee",
            kind: "computed",
            label: { pl: "Opłata za wniosek", en: "Application fee" },
            hint: { pl: "40 zł za każdą opisaną sprawę.", en: "40 zł for each case described." },
            expression: { product: [{ count: "cases" }, { const: 4000 }] },
            format: "money",
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "noPendingProceedings",
            kind: "consent",
            label: {
              pl: "Oświadczam, że elementy stanu faktycznego lub zdarzenia przyszłego opisane we wniosku nie są w dniu jego złożenia przedmiotem toczącego się postępowania podatkowego, kontroli podatkowej ani postępowania przed sądem administracyjnym i że w tym zakresie sprawa nie została rozstrzygnięta co do istoty w decyzji lub postanowieniu organu podatkowego.",
              en: "I declare that, on the day of filing, the facts or future event described are not the subject of pending tax proceedings, a tax audit or proceedings before an administrative court, and that the matter has not been decided on the merits by a tax authority's decision or order.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
