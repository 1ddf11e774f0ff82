/**
 * Wymeldowanie z pobytu stałego: the fields of the form "Zgłoszenie wymeldowania z miejsca pobytu
 * stałego" under the Act on population records. Data only.
 */
import { defineService } from "../../types";
import { declarationStep } from "./shared-fields";
import { identityFields, phoneField } from "../shared/applicant";

export const permanentResidenceDeregistration = defineService({
  id: "permanent-residence-deregistration",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Wymeldowanie z pobytu stałego", en: "Deregistering your permanent residence" },
  summary: {
    pl: "Zgłoś, że nie mieszkasz już pod adresem pobytu stałego, jeśli nie meldujesz się jednocześnie pod nowym adresem.",
    en: "Report that you no longer live at your permanent address, if you are not registering at a new address at the same time.",
  },
  whoCanApply: {
    pl: "Osoba, która opuściła miejsce pobytu stałego. Jeśli meldujesz się pod nowym adresem, nie musisz składać tego wniosku – wymeldowanie nastąpi przy zameldowaniu.",
    en: "A person who has left their permanent address. If you are registering at a new address, you do not need this application – you will be deregistered when you register.",
  },
  whatYouNeed: [
    { pl: "Adres, z którego się wymeldowujesz", en: "The address you are deregistering from" },
    { pl: "Datę opuszczenia lokalu", en: "The date you moved out" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Wymeldowanie jest bezpłatne. Zaświadczenie o wymeldowaniu, jeśli go potrzebujesz, kosztuje 17 zł opłaty skarbowej.",
      en: "Deregistration is free. A certificate of deregistration, if you need one, costs 17 zł stamp duty.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd wymeldowuje Cię niezwłocznie po sprawdzeniu zgłoszenia.",
    en: "The office deregisters you as soon as it has checked your notification.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (przepisy o obowiązku meldunkowym i wymeldowaniu)",
    en: "Act of 24 September 2010 on population records (provisions on the registration duty and deregistration)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5341",
  keywords: ["wymeldowanie", "wymeldować się", "meldunek", "wyprowadzka", "pobyt stały"],
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
        fields: [
          ...identityFields,
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: { pl: "Wyślemy na niego potwierdzenie wymeldowania.", en: "We will send the confirmation of deregistration to it." },
            optional: true,
            autocomplete: "email",
          },
          phoneField,
        ],
      },
      {
        id: "departure",
        title: { pl: "Adres, z którego się wymeldowujesz", en: "The address you are leaving" },
        fields: [
          { key: "leftAddress", kind: "address", label: { pl: "Adres pobytu stałego", en: "Permanent address" } },
          {
            key: "departureDate",
            kind: "date",
            label: { pl: "Data opuszczenia lokalu", en: "Date you moved out" },
            hint: { pl: "Wymeldować można się dopiero po wyprowadzce.", en: "You can only deregister after you have moved out." },
            min: { date: "1900-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę opuszczenia lokalu", en: "Enter the date you moved out" } },
          },
          {
            key: "wantsCertificate",
            kind: "yes-no",
            label: { pl: "Czy potrzebujesz zaświadczenia o wymeldowaniu?", en: "Do you need a certificate of deregistration?" },
            hint: {
              pl: "Zaświadczenie kosztuje 17 zł opłaty skarbowej. Zwykle nie jest potrzebne – dane są w rejestrze PESEL.",
              en: "The certificate costs 17 zł stamp duty. It is usually not needed – the data is in the PESEL register.",
            },
            errors: { required: { pl: "Odpowiedz, czy potrzebujesz zaświadczenia", en: "Select whether you need a certificate" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
