/**
 * Wniosek o zapewnienie dostępności architektonicznej lub informacyjno-komunikacyjnej (Act on
 * ensuring accessibility for persons with special needs, art. 30–31): a person with special needs
 * or their legal representative who shows a factual interest; answer within 14 days. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField, contactEmailField, contactMethodField, contactPhoneField } from "./shared-fields";
import { contactFields, familyNameField, givenNameField } from "../shared/applicant";

export const accessibilityRequest = defineService({
  id: "accessibility-request",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Wniosek o zapewnienie dostępności", en: "Request for accessibility" },
  summary: {
    pl: "Poproś o usunięcie bariery w budynku urzędu lub w komunikacji z urzędem, na przykład o tłumacza języka migowego lub podjazd.",
    en: "Ask for a barrier in the office building or in communicating with the office to be removed, for example a sign language interpreter or a ramp.",
  },
  whoCanApply: {
    pl: "Osoba ze szczególnymi potrzebami albo jej przedstawiciel ustawowy, jeśli bariera dotyczy jej bezpośrednio (interes faktyczny).",
    en: "A person with special needs or their legal representative, if the barrier affects them directly (factual interest).",
  },
  whatYouNeed: [
    { pl: "Opis bariery w dostępności architektonicznej lub informacyjno-komunikacyjnej", en: "A description of the physical or communication barrier" },
    { pl: "Wyjaśnienie, dlaczego bariera dotyczy Ciebie", en: "An explanation of why the barrier affects you" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The request is free of charge." } },
  deadline: { kind: "days", days: 14 },
  deadlineNote: {
    pl: "Urząd zapewnia dostępność bez zbędnej zwłoki, najpóźniej w ciągu 14 dni. Jeśli to niemożliwe, informuje o terminie – najpóźniej 2 miesiące od wniosku – albo proponuje dostęp alternatywny. Na niezapewnienie dostępności możesz złożyć skargę do Prezesa Zarządu PFRON.",
    en: "The office ensures accessibility without undue delay, within 14 days at the latest. If that is not possible, it says when – at most 2 months after the request – or offers alternative access. If it fails, you can complain to the President of PFRON.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami (art. 30–32)",
    en: "Act of 19 July 2019 on ensuring accessibility for persons with special needs (Articles 30–32)",
  },
  departmentCode: "or",
  jrwaClass: "1500", // JRWA: verify against the office's list (the 2011 JRWA has no class for accessibility)
  keywords: ["dostępność", "bariera", "podjazd", "tłumacz migowy", "niepełnosprawność", "pętla indukcyjna"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          givenNameField, familyNameField, ...contactFields,
          {
            key: "applicantRole",
            kind: "radio",
            label: { pl: "W czyim imieniu składasz wniosek?", en: "On whose behalf are you applying?" },
            options: [
              { value: "self", label: { pl: "We własnym", en: "My own" } },
              { value: "representative", label: { pl: "Jako przedstawiciel ustawowy (rodzic, opiekun prawny)", en: "As a legal representative (parent, legal guardian)" } },
            ],
            errors: { required: { pl: "Wybierz, w czyim imieniu składasz wniosek", en: "Select on whose behalf you are applying" } },
          },
          { key: "representedName", kind: "text", label: { pl: "Imię i nazwisko osoby, którą reprezentujesz", en: "Name of the person you represent" }, showIf: { field: "applicantRole", equals: "representative" }, maxLength: 200 },
        ],
      },
      {
        id: "barrier",
        title: { pl: "Bariera", en: "The barrier" },
        fields: [
          {
            key: "barrierType",
            kind: "checkboxes",
            label: { pl: "Jakiej dostępności dotyczy wniosek?", en: "What kind of accessibility is this about?" },
            options: [
              { value: "architectural", label: { pl: "Architektonicznej (budynek, wejście, toalety, parking)", en: "Physical (building, entrance, toilets, parking)" } },
              { value: "communication", label: { pl: "Informacyjno-komunikacyjnej (tłumacz migowy, pętla indukcyjna, informacja łatwa do czytania)", en: "Communication (sign language interpreter, induction loop, easy-to-read information)" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj dostępności", en: "Select the kind of accessibility" } },
          },
          {
            key: "barrier",
            kind: "long-text",
            label: { pl: "Opisz barierę", en: "Describe the barrier" },
            hint: { pl: "Gdzie jest i dlaczego utrudnia lub uniemożliwia Ci załatwienie sprawy.", en: "Where it is and why it makes dealing with the office difficult or impossible for you." },
            maxLength: 4000,
            errors: { required: { pl: "Opisz barierę", en: "Describe the barrier" } },
          },
          { key: "factualInterest", kind: "long-text", label: { pl: "Dlaczego bariera dotyczy Ciebie?", en: "Why does the barrier affect you?" }, hint: { pl: "Na przykład: poruszam się na wózku, a w czwartek mam wizytę w Wydziale Komunikacji.", en: "For example: I use a wheelchair and have an appointment at the Vehicles Department on Thursday." }, maxLength: 2000 },
          { key: "preferredMethod", kind: "long-text", label: { pl: "Jak chcesz, żebyśmy zapewnili dostępność?", en: "How would you like us to provide access?" }, optional: true, maxLength: 2000 },
          contactMethodField, contactEmailField, contactPhoneField,
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, w tym ewentualne dane o zdrowiu, aby zapewnić dostępność na podstawie ustawy o zapewnianiu dostępności osobom ze szczególnymi potrzebami (art. 6 ust. 1 lit. c i art. 9 ust. 2 lit. g RODO). Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data, including any health data, to provide access under the Act on ensuring accessibility for persons with special needs (Article 6(1)(c) and 9(2)(g) GDPR). You may access and correct your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
