/**
 * Zaświadczenie o przeznaczeniu nieruchomości w planie miejscowym (art. 217 KPA). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, officeAuthorityPrivacyNoticeField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const landUseCertificate = defineService({
  id: "land-use-certificate",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Zaświadczenie o przeznaczeniu działki w planie miejscowym", en: "Certificate of a plot's designation in the zoning plan" },
  summary: {
    pl: "Uzyskaj zaświadczenie, jak działka jest przeznaczona w planie miejscowym albo że planu dla niej nie ma.",
    en: "Get a certificate stating how a plot is designated in the local plan, or that no plan covers it.",
  },
  whoCanApply: {
    pl: "Osoba, która potrzebuje zaświadczenia do załatwienia sprawy (na przykład u notariusza, w sądzie, w urzędzie skarbowym).",
    en: "Anyone who needs the certificate to deal with a matter (for example, at a notary's, a court or a tax office).",
  },
  whatYouNeed: [
    { pl: "Numery działek ewidencyjnych i obręb", en: "The cadastral plot numbers and the precinct" },
    { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej; zwolnione są między innymi zaświadczenia w sprawach budownictwa mieszkaniowego i do celów zabezpieczenia społecznego.",
      en: "17 zł stamp duty; certificates for residential building or social security purposes, among others, are exempt.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym",
    en: "Code of Administrative Procedure (Article 217); Act of 27 March 2003 on spatial planning and development",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6727",
  keywords: ["zaświadczenie o przeznaczeniu", "przeznaczenie działki", "czy działka jest budowlana", "plan miejscowy"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "certificate",
        title: { pl: "Działki i cel", en: "Plots and purpose" },
        fields: [
          plotsField,
          {
            key: "purpose",
            kind: "select",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            options: [
              { value: "notary", label: { pl: "Do notariusza (sprzedaż, darowizna)", en: "For a notary (sale, gift)" } },
              { value: "court", label: { pl: "Do sądu (na przykład sprawa spadkowa)", en: "For a court (for example, an inheritance case)" } },
              { value: "tax", label: { pl: "Do urzędu skarbowego", en: "For the tax office" } },
              { value: "housing", label: { pl: "W sprawie budownictwa mieszkaniowego", en: "For residential building" } },
              { value: "other", label: { pl: "Inny cel", en: "Another purpose" } },
            ],
            errors: { required: { pl: "Wybierz, do czego potrzebujesz zaświadczenia", en: "Select what you need the certificate for" } },
          },
          {
            key: "otherPurpose",
            kind: "text",
            label: { pl: "Opisz cel", en: "Describe the purpose" },
            showIf: { field: "purpose", equals: "other" },
            maxLength: 200,
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
            showIf: { field: "purpose", notEquals: "housing" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [officeAuthorityPrivacyNoticeField, accuracyDeclarationField],
      },
    ],
  },
});
