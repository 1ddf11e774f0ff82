/**
 * Zgłoszenie wyjazdu poza granice Rzeczypospolitej Polskiej: departure for good (which deregisters
 * the person) or for more than 6 months without that intention (art. 36 of the Act on population
 * records). Data only.
 */
import { defineService } from "../../types";
import { declarationStep, registeredAddressField } from "./shared-fields";
import { identityFields, phoneField } from "../shared/applicant";

export const departureAbroadNotification = defineService({
  id: "departure-abroad-notification",
  version: 1,
  category: "residence-and-identity",
  name: { pl: "Zgłoszenie wyjazdu poza granice Rzeczypospolitej Polskiej", en: "Notifying your departure abroad" },
  summary: {
    pl: "Zgłoś wyjazd z Polski na stałe albo na dłużej niż 6 miesięcy.",
    en: "Notify the office that you are leaving Poland for good or for more than 6 months.",
  },
  whoCanApply: {
    pl: "Obywatel polski lub cudzoziemiec zameldowany w Polsce, który wyjeżdża za granicę na stałe albo na ponad 6 miesięcy. Zgłoś wyjazd najpóźniej w dniu opuszczenia miejsca pobytu. Zgłoszenie wyjazdu na stałe oznacza wymeldowanie z pobytu stałego i czasowego.",
    en: "A Polish citizen or a foreign national registered in Poland who is moving abroad for good or for more than 6 months. Notify the departure no later than the day you leave. Notifying a permanent departure deregisters you from your permanent and temporary addresses.",
  },
  whatYouNeed: [
    { pl: "Datę wyjazdu i państwo, do którego wyjeżdżasz", en: "The date of departure and the country you are going to" },
    { pl: "Przy wyjeździe czasowym: przewidywaną datę powrotu", en: "For a temporary departure: the expected date of return" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Zgłoszenie jest bezpłatne.", en: "The notification is free of charge." },
  },
  deadline: { kind: "immediately" },
  legalBasis: {
    pl: "Ustawa z dnia 24 września 2010 r. o ewidencji ludności (art. 36)",
    en: "Act of 24 September 2010 on population records (Article 36)",
  },
  departmentCode: "so",
  // JRWA: verify against the office's list
  jrwaClass: "5341",
  keywords: ["wyjazd za granicę", "emigracja", "wymeldowanie za granicę", "wyjazd na stałe", "praca za granicą"],
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
          ...identityFields, registeredAddressField,
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail", en: "Email address" },
            hint: { pl: "Przyda się do kontaktu, gdy będziesz za granicą.", en: "Useful for contacting you while you are abroad." },
            optional: true,
            autocomplete: "email",
          },
          phoneField,
        ],
      },
      {
        id: "departure",
        title: { pl: "Wyjazd", en: "Departure" },
        fields: [
          {
            key: "departureType",
            kind: "radio",
            label: { pl: "Jak wyjeżdżasz?", en: "How are you leaving?" },
            options: [
              {
                value: "permanent",
                label: { pl: "Na stałe", en: "For good" },
                hint: { pl: "Zostaniesz wymeldowany lub wymeldowana z pobytu stałego i czasowego.", en: "You will be deregistered from your permanent and temporary addresses." },
              },
              {
                value: "temporary",
                label: { pl: "Czasowo, na dłużej niż 6 miesięcy", en: "Temporarily, for more than 6 months" },
                hint: { pl: "Zachowujesz zameldowanie. Po powrocie zgłoś powrót.", en: "You stay registered. Notify your return when you come back." },
              },
            ],
            errors: { required: { pl: "Wybierz, jak wyjeżdżasz", en: "Select how you are leaving" } },
          },
          {
            key: "departureDate",
            kind: "date",
            label: { pl: "Data wyjazdu", en: "Date of departure" },
            min: { date: "1900-01-01" },
            max: { daysFromToday: 90 },
            errors: { required: { pl: "Podaj datę wyjazdu", en: "Enter the date of departure" } },
          },
          {
            key: "destinationCountry",
            kind: "text",
            label: { pl: "Państwo, do którego wyjeżdżasz", en: "Country you are going to" },
            maxLength: 100,
            autocomplete: "country-name",
            errors: { required: { pl: "Podaj państwo, do którego wyjeżdżasz", en: "Enter the country you are going to" } },
          },
          {
            key: "expectedReturn",
            kind: "date",
            label: { pl: "Przewidywana data powrotu", en: "Expected date of return" },
            showIf: { field: "departureType", equals: "temporary" },
            hint: { pl: "Wyjazd czasowy zgłasza się, gdy trwa dłużej niż 6 miesięcy.", en: "A temporary departure is notified when it lasts more than 6 months." },
            min: { field: "departureDate", offsetDays: 1 },
            errors: { required: { pl: "Podaj przewidywaną datę powrotu", en: "Enter the expected date of return" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
