/** Zezwolenie na sprzedaż napojów alkoholowych przeznaczonych do spożycia poza miejscem sprzedaży (sklepy). Data only. */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  companyFields,
  contactFields,
  identityFields,
  privacyNoticeField,
  representativeFields,
} from "../taxes-and-local-fees/common-fields";
import {
  alcoholCategoriesField,
  alcoholDocumentFields,
  alcoholFeeNote,
  alcoholLegalBasis,
  permitPeriodField,
  salesPointAddressField,
  warehouseAddressField,
} from "./alcohol-fields";

export const alcoholPermitOffPremises = defineService({
  id: "alcohol-permit-off-premises",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Zezwolenie na sprzedaż alkoholu w sklepie (poza miejscem sprzedaży)", en: "Off-premises alcohol licence (shops)" },
  summary: {
    pl: "Uzyskaj zezwolenie na sprzedaż napojów alkoholowych do spożycia poza miejscem sprzedaży, na przykład w sklepie.",
    en: "Get a licence to sell alcoholic beverages for consumption off the premises, for example in a shop.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca prowadzący sklep lub inny punkt sprzedaży detalicznej na terenie gminy. Liczba zezwoleń i zasady usytuowania punktów wynikają z uchwał rady gminy.",
    en: "A business running a shop or other retail point in the municipality. The number of licences and where points may be located follow the council's resolutions.",
  },
  whatYouNeed: [
    { pl: "NIP, a jeśli je masz – REGON i numer KRS", en: "Your NIP and, if you have them, REGON and KRS numbers" },
    { pl: "Dokument potwierdzający tytuł prawny do lokalu punktu sprzedaży", en: "A document showing your right to the premises of the point of sale" },
    { pl: "Zgodę właściciela lub zarządcy budynku, jeśli punkt jest w budynku mieszkalnym wielorodzinnym", en: "The consent of the building's owner or manager, if the point is in a multi-family residential building" },
    { pl: "Decyzję państwowego powiatowego inspektora sanitarnego o zatwierdzeniu zakładu", en: "The district sanitary inspector's decision approving the establishment" },
  ],
  fee: { amountGrosze: 52500, note: alcoholFeeNote },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przed wydaniem zezwolenia gminna komisja rozwiązywania problemów alkoholowych opiniuje zgodność lokalizacji punktu z uchwałami rady gminy.",
    en: "Before the licence is issued, the municipal alcohol problems committee confirms the location complies with the council's resolutions.",
  },
  legalBasis: alcoholLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7340", // JRWA: verify against the office's list
  keywords: ["koncesja na alkohol", "alkohol w sklepie", "zezwolenie alkoholowe", "sprzedaż piwa", "sklep"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu. Jeśli prowadzisz jednoosobową działalność, jako funkcję wpisz „właściciel”.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in. If you are a sole trader, enter “owner” as your role.",
        },
        fields: [...identityFields, ...representativeFields, ...contactFields],
      },
      {
        id: "business",
        title: { pl: "Przedsiębiorca", en: "The business" },
        fields: [
          ...companyFields,
          {
            key: "businessActivity",
            kind: "text",
            label: { pl: "Przedmiot działalności gospodarczej", en: "Business activity" },
            hint: { pl: "Na przykład sprzedaż detaliczna artykułów spożywczych.", en: "For example, retail sale of groceries." },
            maxLength: 300,
            errors: { required: { pl: "Podaj przedmiot działalności", en: "Enter the business activity" } },
          },
        ],
      },
      {
        id: "point",
        title: { pl: "Punkt sprzedaży i zezwolenie", en: "Point of sale and licence" },
        fields: [
          salesPointAddressField,
          warehouseAddressField,
          alcoholCategoriesField,
          permitPeriodField,
          ...alcoholDocumentFields,
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
