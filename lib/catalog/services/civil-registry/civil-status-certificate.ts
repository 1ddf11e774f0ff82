/** Zaświadczenie o stanie cywilnym: confirms, from the civil status register, whether the applicant is single, married, divorced or widowed. Data only. */
import { defineService } from "../../types";
import { declarationStep, deliveryField, feeReceipt38zlField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const civilStatusCertificate = defineService({
  id: "civil-status-certificate",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zaświadczenie o stanie cywilnym", en: "Certificate of civil status" },
  summary: {
    pl: "Zamów zaświadczenie potwierdzające Twój stan cywilny, na przykład do ślubu za granicą lub do urzędu zagranicznego.",
    en: "Order a certificate confirming your civil status, for example for a wedding abroad or a foreign authority.",
  },
  whoCanApply: {
    pl: "Osoba, której dotyczy zaświadczenie. Urząd wydaje je na podstawie danych z rejestru stanu cywilnego.",
    en: "The person the certificate concerns. The office issues it from the data in the civil status register.",
  },
  whatYouNeed: [
    { pl: "Potwierdzenie zapłaty 38 zł opłaty skarbowej", en: "Proof of paying 38 zł stamp duty" },
  ],
  fee: {
    amountGrosze: 3800,
    note: { pl: "38 zł opłaty skarbowej.", en: "38 zł stamp duty." },
  },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zaświadczenie wydaje się bez zbędnej zwłoki, najpóźniej w ciągu 7 dni.",
    en: "The certificate is issued without undue delay, within 7 days at the latest.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (przepisy o zaświadczeniach); Kodeks postępowania administracyjnego (art. 217)",
    en: "Act of 28 November 2014 – Civil Status Records Act (provisions on certificates); Code of Administrative Procedure (Article 217)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5364",
  keywords: ["stan cywilny", "zaświadczenie o stanie cywilnym", "panna kawaler", "zaświadczenie usc"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "certificate",
        title: { pl: "Zaświadczenie", en: "Certificate" },
        fields: [
          {
            key: "purpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz zaświadczenia?", en: "What do you need the certificate for?" },
            hint: { pl: "Nieobowiązkowe, na przykład: ślub w Niemczech.", en: "Optional, for example: a wedding in Germany." },
            optional: true,
            maxLength: 300,
          },
          feeReceipt38zlField, deliveryField, postalAddressField,
        ],
      },
      declarationStep,
    ],
  },
});
