/**
 * Wymiana prawa jazdy: expiry, change of personal data, duplicate after loss or damage, exchange of
 * a foreign licence. Data only.
 */
import { defineService } from "../../types";
import { personWithAddressStep } from "../shared/applicant";
import { declarationStep, photoField } from "./shared-fields";

export const drivingLicenceExchange = defineService({
  id: "driving-licence-exchange",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wymiana prawa jazdy lub wtórnik", en: "Renewing or replacing a driving licence" },
  summary: {
    pl: "Wymień prawo jazdy, gdy traci ważność, po zmianie danych, po utracie albo gdy masz zagraniczne prawo jazdy.",
    en: "Renew your licence when it expires, after a change of details or a loss, or exchange a foreign licence.",
  },
  whoCanApply: {
    pl: "Kierowca mieszkający w Polsce, którego prawo jazdy traci ważność, zawiera nieaktualne dane albo zostało utracone lub zniszczone, a także osoba z prawem jazdy wydanym za granicą.",
    en: "A driver living in Poland whose licence is expiring, shows outdated details, or was lost or damaged, and a holder of a foreign licence.",
  },
  whatYouNeed: [
    { pl: "Aktualną kolorową fotografię 35 × 45 mm", en: "A recent colour photo, 35 × 45 mm" },
    { pl: "Orzeczenie lekarskie, jeśli prawo jazdy było wydane na czas określony ze względów zdrowotnych", en: "A medical certificate, if the licence was time-limited for health reasons" },
    { pl: "Przy zagranicznym prawie jazdy: jego kopię z tłumaczeniem przysięgłym (oryginał oddasz w urzędzie)", en: "For a foreign licence: a copy with a sworn translation (you hand in the original at the office)" },
    { pl: "Dokument potwierdzający zmianę danych, jeśli nie wynika z rejestru PESEL", en: "A document confirming the change of details, if it is not in the PESEL register" },
  ],
  fee: {
    amountGrosze: 10050,
    note: { pl: "100 zł za prawo jazdy i 0,50 zł opłaty ewidencyjnej.", en: "100 zł for the licence and a 0.50 zł record fee." },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Wymiana zagranicznego prawa jazdy trwa dłużej, bo urząd sprawdza dokument w państwie, które go wydało.",
    en: "Exchanging a foreign licence takes longer because the office verifies it with the issuing country.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami",
    en: "Act of 5 January 2011 on vehicle drivers",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["wymiana prawa jazdy", "zgubione prawo jazdy", "prawo jazdy traci ważność", "zagraniczne prawo jazdy"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "licence",
        title: { pl: "Prawo jazdy", en: "The licence" },
        fields: [
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego wymieniasz prawo jazdy?", en: "Why are you replacing the licence?" },
            options: [
              { value: "expiry", label: { pl: "Kończy się termin ważności", en: "It is expiring" } },
              { value: "data-change", label: { pl: "Zmieniły się moje dane (na przykład nazwisko)", en: "My details changed (for example, surname)" } },
              { value: "lost", label: { pl: "Utraciłem/utraciłam je", en: "I lost it" } },
              { value: "damaged", label: { pl: "Jest zniszczone", en: "It is damaged" } },
              { value: "foreign", label: { pl: "Mam prawo jazdy wydane za granicą", en: "I have a licence issued abroad" } },
            ],
            errors: { required: { pl: "Wybierz przyczynę wymiany", en: "Select why you are replacing the licence" } },
          },
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer dotychczasowego prawa jazdy", en: "Number of your current licence" },
            optionalIf: { field: "reason", equals: "lost" },
            maxLength: 30,
          },
          {
            key: "issuingCountry",
            kind: "text",
            label: { pl: "Państwo, które wydało prawo jazdy", en: "Country that issued the licence" },
            showIf: { field: "reason", equals: "foreign" },
            maxLength: 100,
            autocomplete: "country-name",
          },
          photoField,
          {
            key: "foreignLicenceCopy",
            kind: "file",
            label: { pl: "Kopia zagranicznego prawa jazdy z tłumaczeniem", en: "Copy of the foreign licence with a translation" },
            showIf: { field: "reason", equals: "foreign" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 4,
          },
          {
            key: "medicalCertificate",
            kind: "file",
            label: { pl: "Orzeczenie lekarskie", en: "Medical certificate" },
            hint: { pl: "Tylko jeśli prawo jazdy było wydane na czas określony ze względów zdrowotnych.", en: "Only if your licence was time-limited for health reasons." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
        ],
      },
      declarationStep,
    ],
  },
});
