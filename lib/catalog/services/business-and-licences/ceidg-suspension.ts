/** Wniosek o zawieszenie wykonywania działalności gospodarczej (CEIDG) złożony w urzędzie gminy. Data only. */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  contactFields,
  identityFields,
  privacyNoticeField,
} from "../taxes-and-local-fees/common-fields";
import { ceidgDeadlineNote, ceidgFee, ceidgLegalBasis, ceidgNipField, ceidgRegonField } from "./ceidg-fields";

export const ceidgSuspension = defineService({
  id: "ceidg-suspension",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Zawieszenie działalności gospodarczej (CEIDG)", en: "Suspending your business (CEIDG)" },
  summary: {
    pl: "Zawieś działalność gospodarczą na czas określony lub nieokreślony – w tym czasie nie płacisz składek ZUS.",
    en: "Suspend your business for a set or open-ended period – you pay no ZUS contributions meanwhile.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca wpisany do CEIDG, który nie zatrudnia pracowników (z wyjątkiem osób na urlopie macierzyńskim, rodzicielskim lub wychowawczym). Zawieszenie trwa co najmniej 30 dni i zaczyna się nie wcześniej niż w dniu złożenia wniosku.",
    en: "An entrepreneur entered in CEIDG who employs no staff (except people on maternity, parental or childcare leave). The suspension lasts at least 30 days and starts no earlier than the day you apply.",
  },
  whatYouNeed: [
    { pl: "NIP firmy", en: "Your business NIP" },
    { pl: "Datę, od której zawieszasz działalność", en: "The date from which you suspend the business" },
  ],
  fee: ceidgFee,
  deadline: { kind: "days", days: 1 },
  deadlineNote: ceidgDeadlineNote,
  legalBasis: ceidgLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7300", // JRWA: verify against the office's list
  keywords: ["zawieszenie firmy", "zawieszenie działalności", "przerwa w działalności", "ceidg"],
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
        fields: [...identityFields, ceidgNipField, ceidgRegonField, ...contactFields],
      },
      {
        id: "suspension",
        title: { pl: "Okres zawieszenia", en: "Suspension period" },
        fields: [
          {
            key: "suspensionStart",
            kind: "date",
            label: { pl: "Data rozpoczęcia zawieszenia", en: "Start date of the suspension" },
            min: "today",
            max: { daysFromToday: 365 },
            errors: { required: { pl: "Podaj datę rozpoczęcia zawieszenia", en: "Enter the start date of the suspension" } },
          },
          {
            key: "openEnded",
            kind: "yes-no",
            label: { pl: "Czy zawieszasz działalność na czas nieokreślony?", en: "Are you suspending the business indefinitely?" },
            errors: { required: { pl: "Odpowiedz, czy zawieszasz działalność na czas nieokreślony", en: "Select whether the suspension is indefinite" } },
          },
          {
            key: "suspensionEnd",
            kind: "date",
            label: { pl: "Data zakończenia zawieszenia", en: "End date of the suspension" },
            showIf: { field: "openEnded", equals: false },
            min: { field: "suspensionStart", offsetDays: 29 },
            errors: {
              required: { pl: "Podaj datę zakończenia zawieszenia", en: "Enter the end date of the suspension" },
              tooEarly: { pl: "Zawieszenie musi trwać co najmniej 30 dni – podaj datę nie wcześniejszą niż {date}", en: "The suspension must last at least 30 days – enter a date no earlier than {date}" },
            },
          },
          {
            key: "noEmployees",
            kind: "consent",
            label: {
              pl: "Nie zatrudniam pracowników (poza osobami na urlopie macierzyńskim, ojcowskim, rodzicielskim lub wychowawczym).",
              en: "I employ no staff (other than people on maternity, paternity, parental or childcare leave).",
            },
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [privacyNoticeField, accuracyDeclarationField],
      },
    ],
  },
});
