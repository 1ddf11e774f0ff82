/**
 * Wymeldowanie z pobytu czasowego przed upływem deklarowanego okresu: the fields of the form
 * "Zgłoszenie wymeldowania z miejsca pobytu czasowego" under the Act on population records. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep } from "./shared-fields";

export const temporaryResidenceDeregistration = defineService({
  id: "temporary-residence-deregistration",
  version: 1,
  category: "residence-and-identity",
  name: {
    pl: "Wymeldowanie z pobytu czasowego przed upływem deklarowanego terminu",
    en: "Deregistering your temporary residence early",
  },
  summary: {
    pl: "Zgłoś, że wyprowadziłeś się lub wyprowadziłaś spod adresu pobytu czasowego wcześniej, niż zgłosiłeś lub zgłosiłaś przy zameldowaniu.",
    en: "Report that you moved out of your temporary address earlier than the date you gave when you registered.",
  },
  whoCanApply: {
    pl: "Osoba zameldowana na pobyt czasowy, która opuściła lokal przed datą zakończenia pobytu podaną przy zameldowaniu. Po upływie tej daty wymeldowanie następuje samo, bez wniosku.",
    en: "A person registered for a temporary stay who moved out before the end date they gave when registering. After that date you are deregistered automatically, without an application.",
  },
  whatYouNeed: [
    { pl: "Adres pobytu czasowego, z którego się wymeldowujesz", en: "The temporary address you are deregistering from" },
    { pl: "Datę opuszczenia lokalu", en: "The date you moved out" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wymeldowanie jest bezpłatne. Zaświadczenie o wymeldowaniu kosztuje 17 zł opłaty skarbowej.",
      en: "Deregistration is free. A certificate of deregistration costs 17 zł stamp duty.",
    },
  },
  deadline: { kind: "immediately" },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (przepisy o obowiązku meldunkowym i wymeldowaniu)",
    en: "Act of 24 September 2010 on population records (provisions on the registration duty and deregistration)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5341",
  keywords: ["wymeldowanie", "pobyt czasowy", "meldunek czasowy", "wyprowadzka", "koniec najmu"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "departure",
        title: { pl: "Pobyt czasowy, który kończysz", en: "The temporary stay you are ending" },
        fields: [
          { key: "leftAddress", kind: "address", label: { pl: "Adres pobytu czasowego", en: "Temporary address" } },
          {
            key: "declaredUntil",
            kind: "date",
            label: { pl: "Do kiedy był zgłoszony pobyt czasowy?", en: "Until when was the temporary stay registered?" },
            hint: { pl: "Data podana przy zameldowaniu, jeśli ją pamiętasz.", en: "The date you gave when registering, if you remember it." },
            optional: true,
            min: { date: "1900-01-01" },
          },
          {
            key: "departureDate",
            kind: "date",
            label: { pl: "Data opuszczenia lokalu", en: "Date you moved out" },
            min: { date: "1900-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę opuszczenia lokalu", en: "Enter the date you moved out" } },
          },
          {
            key: "wantsCertificate",
            kind: "yes-no",
            label: { pl: "Czy potrzebujesz zaświadczenia o wymeldowaniu?", en: "Do you need a certificate of deregistration?" },
            hint: { pl: "Zaświadczenie kosztuje 17 zł opłaty skarbowej.", en: "The certificate costs 17 zł stamp duty." },
            errors: { required: { pl: "Odpowiedz, czy potrzebujesz zaświadczenia", en: "Select whether you need a certificate" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
