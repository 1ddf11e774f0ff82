/**
 * Zaświadczenie stwierdzające, że zgodnie z prawem polskim można zawrzeć małżeństwo, for a Polish
 * citizen marrying abroad; issued after the pre-marriage declaration. Data only.
 */
import { defineService } from "../../types";
import { deliveryField, feeReceipt38zlField, ownStatusField, partnerBirthDateField, partnerNameField, privacyNoticeField } from "./shared-fields";
import { postalAddressField, prefilledPersonStep } from "../shared/applicant";

export const marriageAbroadCapacityCertificate = defineService({
  id: "marriage-abroad-capacity-certificate",
  version: 1,
  category: "civil-registry",
  name: {
    pl: "Zaświadczenie o zdolności prawnej do zawarcia małżeństwa za granicą",
    en: "Certificate of capacity to marry abroad",
  },
  summary: {
    pl: "Zamów zaświadczenie, że zgodnie z prawem polskim możesz zawrzeć małżeństwo za granicą.",
    en: "Order a certificate stating that under Polish law you may marry abroad.",
  },
  whoCanApply: {
    pl: "Obywatel polski, który chce zawrzeć małżeństwo za granicą, gdy wymaga tego tamtejszy urząd. Zaświadczenie jest ważne 6 miesięcy. Wydaje je dowolny kierownik urzędu stanu cywilnego po przyjęciu zapewnienia o braku przeszkód do małżeństwa.",
    en: "A Polish citizen who wants to marry abroad, when the foreign office requires it. The certificate is valid for 6 months. Any civil registrar issues it after taking the declaration that there are no obstacles to the marriage.",
  },
  whatYouNeed: [
    { pl: "Dane przyszłego małżonka i skan jego dokumentu tożsamości", en: "Your future spouse's details and a scan of their identity document" },
    { pl: "Informację, w jakim państwie odbędzie się ślub", en: "The country where the wedding will take place" },
    { pl: "Potwierdzenie zapłaty 38 zł opłaty skarbowej", en: "Proof of paying 38 zł stamp duty" },
  ],
  fee: { amountGrosze: 3800, note: { pl: "38 zł opłaty skarbowej.", en: "38 zł stamp duty." } },
  deadline: { kind: "days", days: 7 },
  deadlineNote: {
    pl: "Zaświadczenie wydaje się bez zbędnej zwłoki, najpóźniej w ciągu 7 dni od złożenia zapewnienia.",
    en: "The certificate is issued without undue delay, within 7 days of the declaration at the latest.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (zaświadczenie o zdolności prawnej do zawarcia małżeństwa); Kodeks rodzinny i opiekuńczy",
    en: "Act of 28 November 2014 – Civil Status Records Act (certificate of capacity to marry); Family and Guardianship Code",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5362",
  keywords: ["ślub za granicą", "zaświadczenie o zdolności prawnej", "ślub w niemczech", "zdolność do zawarcia małżeństwa"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "marriage",
        title: { pl: "Planowane małżeństwo", en: "The planned marriage" },
        fields: [
          ownStatusField, partnerNameField, partnerBirthDateField,
          { key: "partnerBirthPlace", kind: "text", label: { pl: "Miejsce urodzenia przyszłego małżonka", en: "Future spouse's place of birth" }, maxLength: 200 },
          { key: "partnerCitizenship", kind: "text", label: { pl: "Obywatelstwo przyszłego małżonka", en: "Future spouse's citizenship" }, maxLength: 100 },
          {
            key: "partnerDocument",
            kind: "file",
            label: { pl: "Skan dokumentu tożsamości przyszłego małżonka", en: "Scan of your future spouse's identity document" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          { key: "weddingCountry", kind: "text", label: { pl: "Państwo, w którym odbędzie się ślub", en: "Country of the wedding" }, maxLength: 100 },
          { key: "plannedDate", kind: "date", label: { pl: "Planowana data ślubu", en: "Planned wedding date" }, optional: true, min: "today", max: { daysFromToday: 366 } },
          {
            key: "ownSurnameAfter",
            kind: "text",
            label: { pl: "Nazwisko, które będziesz nosić po ślubie", en: "Surname you will use after the wedding" },
            optional: true,
            maxLength: 100,
          },
          feeReceipt38zlField, deliveryField, postalAddressField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Zapewnienie", en: "Declaration" },
        fields: [
          privacyNoticeField,
          {
            key: "truthDeclaration",
            kind: "consent",
            label: {
              pl: "Zapewniam, że nie wiem o istnieniu okoliczności wyłączających zawarcie przeze mnie tego małżeństwa, a dane podane we wniosku są zgodne z prawdą; jestem świadomy/świadoma odpowiedzialności karnej za złożenie fałszywego zapewnienia (art. 233 § 1 Kodeksu karnego).",
              en: "I declare that I know of no circumstances preventing me from entering into this marriage and that the information in this application is true; I am aware of criminal liability for a false declaration (Article 233 § 1 of the Criminal Code).",
            },
          },
        ],
      },
    ],
  },
});
