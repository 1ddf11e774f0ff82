/**
 * Zgłoszenie projektu do budżetu obywatelskiego (Act on municipal self-government, art. 5a
 * ust. 3–7): the rules (support list size, cost limits, schedule) come from the council's
 * resolution. Voting is a separate process, not this form. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";

export const participatoryBudgetProject = defineService({
  id: "participatory-budget-project",
  version: 1,
  category: "culture-sport-and-civic",
  name: { pl: "Zgłoszenie projektu do budżetu obywatelskiego", en: "Submitting a participatory budget project" },
  summary: {
    pl: "Zgłoś pomysł na inwestycję lub działanie w mieście, na które mieszkańcy mogą zagłosować w budżecie obywatelskim.",
    en: "Propose an investment or activity in the city that residents can vote for in the participatory budget.",
  },
  whoCanApply: {
    pl: "Mieszkaniec gminy, który zbierze poparcie wymaganej liczby mieszkańców. Zasady – wymaganą liczbę podpisów, limity kosztów i harmonogram – określa uchwała rady gminy.",
    en: "A resident of the municipality who gathers support from the required number of residents. The council's resolution sets the rules: the number of signatures, cost limits and schedule.",
  },
  whatYouNeed: [
    { pl: "Opis projektu, jego lokalizacja i szacunkowy koszt", en: "A description of the project, its location and estimated cost" },
    { pl: "Lista poparcia podpisana przez mieszkańców", en: "A list of support signed by residents" },
    { pl: "Zgoda właściciela lub zarządcy terenu, jeśli teren nie należy do gminy", en: "Consent of the owner or manager of the land, if it does not belong to the municipality" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie projektu jest bezpłatne.", en: "Submitting a project is free of charge." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Terminy weryfikacji projektów i głosowania określa harmonogram w uchwale rady gminy; o wyniku weryfikacji urząd zawiadamia autora.",
    en: "The schedule in the council's resolution sets the dates for checking projects and for voting; the office tells the author the result of the check.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 8 marca 1990 r. o samorządzie gminnym (art. 5a ust. 3–7); uchwała rady gminy w sprawie budżetu obywatelskiego",
    en: "Act of 8 March 1990 on municipal self-government (Article 5a(3)–(7)); the council's resolution on the participatory budget",
  },
  departmentCode: "pk",
  jrwaClass: "3026", // JRWA: verify against the office's list
  keywords: ["budżet obywatelski", "budżet partycypacyjny", "projekt", "pomysł na miasto", "głosowanie"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          ...identityFields,
          { key: "residenceAddress", kind: "address", label: { pl: "Adres zamieszkania", en: "Home address" }, hint: { pl: "Projekt może zgłosić mieszkaniec gminy.", en: "Projects can be submitted by residents of the municipality." } },
          ...contactFields,
        ],
      },
      {
        id: "project",
        title: { pl: "Projekt", en: "The project" },
        fields: [
          { key: "projectTitle", kind: "text", label: { pl: "Tytuł projektu", en: "Project title" }, maxLength: 200, errors: { required: { pl: "Podaj tytuł projektu", en: "Enter the project title" } } },
          {
            key: "projectScope",
            kind: "radio",
            label: { pl: "Zasięg projektu", en: "Scope of the project" },
            options: [
              { value: "city-wide", label: { pl: "Ogólnomiejski", en: "City-wide" } },
              { value: "district", label: { pl: "Dzielnicowy lub osiedlowy", en: "District or neighbourhood" } },
            ],
            errors: { required: { pl: "Wybierz zasięg projektu", en: "Select the scope of the project" } },
          },
          { key: "district", kind: "text", label: { pl: "Dzielnica lub osiedle", en: "District or neighbourhood" }, showIf: { field: "projectScope", equals: "district" }, maxLength: 100 },
          { key: "location", kind: "text", label: { pl: "Lokalizacja", en: "Location" }, hint: { pl: "Adres lub opis miejsca, na przykład skwer przy ul. Lipowej 5.", en: "Address or description of the place, for example the square by ul. Lipowa 5." }, maxLength: 300 },
          {
            key: "parcels",
            kind: "group",
            label: { pl: "Działki ewidencyjne", en: "Cadastral parcels" },
            hint: { pl: "Jeśli projekt dotyczy konkretnego terenu. Numer działki znajdziesz na geoportalu.", en: "If the project concerns a specific piece of land. Find the parcel number on the geoportal." },
            optional: true,
            itemLabel: { pl: "Działka {n}", en: "Parcel {n}" },
            maxItems: 10,
            fields: [{ key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki", en: "Parcel identifier" } }],
          },
          {
            key: "landOwner",
            kind: "radio",
            label: { pl: "Do kogo należy teren?", en: "Who owns the land?" },
            options: [
              { value: "municipality", label: { pl: "Do gminy", en: "The municipality" } },
              { value: "other", label: { pl: "Do kogoś innego", en: "Someone else" } },
              { value: "unknown", label: { pl: "Nie wiem", en: "I don't know" } },
              { value: "not-applicable", label: { pl: "Projekt nie dotyczy terenu", en: "The project does not concern land" } },
            ],
          },
          { key: "ownerConsent", kind: "file", label: { pl: "Zgoda właściciela lub zarządcy terenu", en: "Consent of the owner or manager of the land" }, showIf: { field: "landOwner", equals: "other" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "description", kind: "long-text", label: { pl: "Opis projektu", en: "Description of the project" }, maxLength: 4000 },
          { key: "justification", kind: "long-text", label: { pl: "Uzasadnienie – komu i czemu projekt posłuży", en: "Justification – who it will serve and why" }, maxLength: 2000 },
          { key: "estimatedCost", kind: "money", label: { pl: "Szacunkowy koszt (zł)", en: "Estimated cost (PLN)" }, hint: { pl: "Łącznie z projektem, wykonaniem i oznakowaniem.", en: "Including design, construction and signage." }, minValue: 1, errors: { required: { pl: "Podaj szacunkowy koszt projektu", en: "Enter the estimated cost of the project" } } },
        ],
      },
      {
        id: "support",
        title: { pl: "Lista poparcia i załączniki", en: "Support list and attachments" },
        fields: [
          { key: "supportersCount", kind: "integer", label: { pl: "Liczba podpisów na liście poparcia", en: "Number of signatures on the support list" }, minValue: 1, maxValue: 100000 },
          { key: "supportList", kind: "file", label: { pl: "Lista poparcia", en: "Support list" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "illustrations", kind: "file", label: { pl: "Zdjęcia, mapy lub szkice", en: "Photos, maps or sketches" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          { key: "publishName", kind: "yes-no", label: { pl: "Czy zgadzasz się na publikację Twojego imienia i nazwiska jako autora projektu?", en: "Do you agree to your name being published as the author?" }, hint: { pl: "Opis projektu zostanie opublikowany w każdym przypadku.", en: "The project description is published either way." } },
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy Twoje dane", en: "How we use your data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby przeprowadzić budżet obywatelski na podstawie ustawy o samorządzie gminnym i uchwały rady (art. 6 ust. 1 lit. e RODO), a imię i nazwisko publikujemy tylko za Twoją zgodą (art. 6 ust. 1 lit. a RODO). Masz prawo dostępu do danych, ich sprostowania, cofnięcia zgody i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to run the participatory budget under the Act on municipal self-government and the council's resolution (Article 6(1)(e) GDPR), and publish your name only with your consent (Article 6(1)(a) GDPR). You may access and correct your data, withdraw consent and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane w zgłoszeniu są zgodne z prawdą, a podpisy na liście poparcia złożyli mieszkańcy osobiście.", en: "I declare that the information is true and that residents signed the support list in person." },
          },
        ],
      },
    ],
  },
});
