/**
 * Zaświadczenie o nadanym numerze porządkowym nieruchomości (art. 217 KPA). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, officeAuthorityPrivacyNoticeField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField, propertyAddressField } from "../shared/property";

export const addressNumberCertificate = defineService({
  id: "address-number-certificate",
  version: 1,
  category: "geodesy-and-cartography",
  name: { pl: "Zaświadczenie o numerze porządkowym nieruchomości", en: "Certificate of a property's address number" },
  summary: {
    pl: "Uzyskaj zaświadczenie potwierdzające numer porządkowy (adres) nieruchomości, na przykład do banku lub sądu.",
    en: "Get a certificate confirming a property's address number, for example for a bank or a court.",
  },
  whoCanApply: {
    pl: "Osoba, która potrzebuje zaświadczenia, najczęściej właściciel lub władający nieruchomością.",
    en: "Anyone who needs the certificate, usually the owner or holder of the property.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości i numer działki", en: "The property's address and plot number" },
    { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
  ],
  fee: {
    amountGrosze: 1700,
    note: {
      pl: "17 zł opłaty skarbowej; zaświadczenia w sprawach budownictwa mieszkaniowego są zwolnione.",
      en: "17 zł stamp duty; certificates for residential building are exempt.",
    },
  },
  deadline: { kind: "days", days: 7 },
  legalBasis: {
    pl: "Kodeks postępowania administracyjnego (art. 217); ustawa z dnia 17 maja 1989 r. – Prawo geodezyjne i kartograficzne (art. 47a)",
    en: "Code of Administrative Procedure (Article 217); Act of 17 May 1989 – Geodetic and Cartographic Law (Article 47a)",
  },
  departmentCode: "gk",
  // JRWA: verify against the office's list.
  jrwaClass: "6625",
  keywords: ["zaświadczenie o numerze", "potwierdzenie adresu", "numer porządkowy", "adres działki"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "property",
        title: { pl: "Nieruchomość", en: "The property" },
        fields: [
          propertyAddressField, plotsField,
          {
            key: "purpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            maxLength: 200,
            errors: { required: { pl: "Podaj, do czego potrzebujesz zaświadczenia", en: "Enter what you need the certificate for" } },
          },
          {
            key: "paymentProof",
            kind: "file",
            label: { pl: "Potwierdzenie zapłaty 17 zł", en: "Proof of paying 17 zł" },
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
