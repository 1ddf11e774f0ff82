/** Wniosek o wykreślenie wpisu z CEIDG (zakończenie działalności) złożony w urzędzie gminy. Data only. */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  contactFields,
  identityFields,
  privacyNoticeField,
} from "../taxes-and-local-fees/common-fields";
import { ceidgDeadlineNote, ceidgFee, ceidgLegalBasis, ceidgNipField, ceidgRegonField } from "./ceidg-fields";

export const ceidgDeregistration = defineService({
  id: "ceidg-deregistration",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Zamknięcie działalności gospodarczej (wykreślenie z CEIDG)", en: "Closing your business (CEIDG deregistration)" },
  summary: {
    pl: "Zakończ jednoosobową działalność gospodarczą i wykreśl ją z CEIDG.",
    en: "Close your sole-trader business and remove it from CEIDG.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca wpisany do CEIDG, który kończy działalność. Złóż wniosek w ciągu 7 dni od zaprzestania działalności.",
    en: "An entrepreneur entered in CEIDG who is closing the business. Apply within 7 days of ceasing the activity.",
  },
  whatYouNeed: [
    { pl: "NIP firmy", en: "Your business NIP" },
    { pl: "Datę zaprzestania działalności", en: "The date you ceased the activity" },
  ],
  fee: ceidgFee,
  deadline: { kind: "days", days: 1 },
  deadlineNote: ceidgDeadlineNote,
  legalBasis: ceidgLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7300", // JRWA: verify against the office's list
  keywords: ["zamknięcie firmy", "likwidacja działalności", "wykreślenie z ceidg", "koniec działalności"],
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
        id: "closing",
        title: { pl: "Zakończenie działalności", en: "Closing the business" },
        fields: [
          {
            key: "terminationDate",
            kind: "date",
            label: { pl: "Data zaprzestania działalności", en: "Date you ceased the activity" },
            min: { daysFromToday: -365 },
            max: { daysFromToday: 365 },
            errors: { required: { pl: "Podaj datę zaprzestania działalności", en: "Enter the date you ceased the activity" } },
          },
          {
            key: "closingInfo",
            kind: "info",
            label: { pl: "Pamiętaj", en: "Remember" },
            hint: {
              pl: "Po zamknięciu firmy sporządź spis z natury (remanent likwidacyjny) i rozlicz się z urzędem skarbowym i ZUS. Wyrejestruj się też z VAT, jeśli jesteś jego czynnym podatnikiem.",
              en: "After closing, take a closing stocktake (remanent likwidacyjny) and settle with the tax office and ZUS. Also deregister from VAT if you are VAT-registered.",
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
