/** Wniosek o wznowienie wykonywania działalności gospodarczej (CEIDG) złożony w urzędzie gminy. Data only. */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  contactFields,
  identityFields,
  privacyNoticeField,
} from "../taxes-and-local-fees/common-fields";
import { ceidgDeadlineNote, ceidgFee, ceidgLegalBasis, ceidgNipField, ceidgRegonField } from "./ceidg-fields";

export const ceidgResumption = defineService({
  id: "ceidg-resumption",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Wznowienie działalności gospodarczej (CEIDG)", en: "Resuming your business (CEIDG)" },
  summary: {
    pl: "Wznów zawieszoną działalność gospodarczą od wybranego dnia.",
    en: "Resume your suspended business from a day you choose.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca, który ma zawieszoną działalność w CEIDG. Jeśli zawiesiłeś działalność na czas określony, wznowi się ona sama w podanym dniu.",
    en: "An entrepreneur whose business is suspended in CEIDG. A suspension for a set period ends by itself on the day you gave.",
  },
  whatYouNeed: [
    { pl: "NIP firmy", en: "Your business NIP" },
    { pl: "Datę wznowienia", en: "The resumption date" },
  ],
  fee: ceidgFee,
  deadline: { kind: "days", days: 1 },
  deadlineNote: ceidgDeadlineNote,
  legalBasis: ceidgLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7300", // JRWA: verify against the office's list
  keywords: ["wznowienie firmy", "wznowienie działalności", "odwieszenie", "ceidg"],
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
        id: "resumption",
        title: { pl: "Wznowienie", en: "Resumption" },
        fields: [
          {
            key: "resumptionDate",
            kind: "date",
            label: { pl: "Data wznowienia działalności", en: "Date the business resumes" },
            hint: { pl: "Nie może być wcześniejsza niż dzień złożenia wniosku.", en: "It cannot be earlier than the day you apply." },
            min: "today",
            max: { daysFromToday: 365 },
            errors: { required: { pl: "Podaj datę wznowienia", en: "Enter the resumption date" } },
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
