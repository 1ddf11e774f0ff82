/**
 * Zgłoszenie powrotu z wyjazdu poza granice Rzeczypospolitej Polskiej: ends a notified temporary
 * departure of more than 6 months (art. 36 of the Act on population records). Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep, registeredAddressField } from "./shared-fields";

export const returnFromAbroadNotification = defineService({
  id: "return-from-abroad-notification",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zgłoszenie powrotu z wyjazdu poza granice Rzeczypospolitej Polskiej", en: "Notifying your return from abroad" },
  summary: {
    pl: "Zgłoś powrót do Polski po wyjeździe czasowym trwającym ponad 6 miesięcy.",
    en: "Notify the office that you have returned to Poland after a temporary stay abroad of more than 6 months.",
  },
  whoCanApply: {
    pl: "Osoba, która zgłosiła wyjazd czasowy za granicę na ponad 6 miesięcy i wróciła. Zgłoś powrót najpóźniej w 30. dniu od dnia powrotu. Jeśli wyjechałeś lub wyjechałaś na stałe, zamiast tego zamelduj się pod adresem, pod którym mieszkasz.",
    en: "A person who notified a temporary departure abroad of more than 6 months and has come back. Notify your return no later than the 30th day after you return. If you had left for good, register at the address where you live instead.",
  },
  whatYouNeed: [
    { pl: "Datę powrotu do Polski", en: "The date you returned to Poland" },
    { pl: "Adres, pod którym jesteś zameldowany lub zameldowana", en: "The address where you are registered" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie jest bezpłatne.", en: "The notification is free of charge." } },
  deadline: { kind: "immediately" },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (art. 36 i nast.)",
    en: "Act of 24 September 2010 on population records (Article 36 et seq.)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5341",
  keywords: ["powrót z zagranicy", "powrót do polski", "koniec wyjazdu", "meldunek po powrocie"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "return",
        title: { pl: "Powrót", en: "Return" },
        fields: [
          registeredAddressField,
          {
            key: "departureDate",
            kind: "date",
            label: { pl: "Data wyjazdu", en: "Date of departure" },
            hint: { pl: "Jeśli jej nie pamiętasz, podaj przybliżoną.", en: "If you do not remember it, give an approximate date." },
            min: { date: "1900-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę wyjazdu", en: "Enter the date of departure" } },
          },
          {
            key: "returnDate",
            kind: "date",
            label: { pl: "Data powrotu", en: "Date of return" },
            min: { field: "departureDate" },
            max: "today",
            errors: { required: { pl: "Podaj datę powrotu", en: "Enter the date of return" } },
          },
          {
            key: "returnedFromCountry",
            kind: "text",
            label: { pl: "Państwo, z którego wracasz", en: "Country you are returning from" },
            maxLength: 100,
            autocomplete: "country-name",
            errors: { required: { pl: "Podaj państwo, z którego wracasz", en: "Enter the country you are returning from" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
