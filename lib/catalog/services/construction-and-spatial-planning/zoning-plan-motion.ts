/**
 * Wniosek do sporządzanego lub zmienianego planu miejscowego albo planu ogólnego gminy (public
 * participation in the planning procedure). Data only.
 */
import { defineService } from "../../types";
import { personWithAddressStep } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const zoningPlanMotion = defineService({
  id: "zoning-plan-motion",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Wniosek do planu miejscowego lub planu ogólnego", en: "Submission to a draft local or general plan" },
  summary: {
    pl: "Zgłoś swoje propozycje do planu, który gmina właśnie sporządza lub zmienia.",
    en: "Put forward your proposals for a plan the municipality is drawing up or changing.",
  },
  whoCanApply: {
    pl: "Każdy – mieszkańcy, właściciele działek, firmy i organizacje – w terminie podanym w ogłoszeniu o przystąpieniu do sporządzania planu.",
    en: "Anyone – residents, landowners, businesses and organisations – by the date given in the notice that work on the plan has started.",
  },
  whatYouNeed: [
    { pl: "Nazwę planu, którego dotyczy wniosek (z ogłoszenia gminy)", en: "The name of the plan concerned (from the municipality's notice)" },
    { pl: "Oznaczenie działek, jeśli wniosek dotyczy konkretnych nieruchomości", en: "The plots concerned, if your proposal is about specific properties" },
    { pl: "Mapę z zaznaczonym terenem – jeśli chcesz", en: "A map with the area marked – if you wish" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Złożenie wniosku jest bezpłatne.", en: "Submitting a proposal is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd nie wydaje odrębnej decyzji: rozpatruje wniosek przy sporządzaniu projektu planu i informuje o sposobie jego uwzględnienia w dokumentach planu.",
    en: "The office does not issue a separate decision: it considers the proposal while drafting the plan and reports how it was dealt with in the plan's documents.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym (przepisy o partycypacji społecznej i sporządzaniu planów)",
    en: "Act of 27 March 2003 on spatial planning and development (provisions on public participation and plan-making)",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6720",
  keywords: ["wniosek do planu", "zmiana planu", "plan ogólny", "konsultacje planu", "odrolnienie"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "motion",
        title: { pl: "Treść wniosku", en: "Your proposal" },
        fields: [
          {
            key: "planName",
            kind: "text",
            label: { pl: "Nazwa planu", en: "Name of the plan" },
            hint: { pl: "Przepisz ją z ogłoszenia gminy, na przykład „plan ogólny gminy” albo „plan miejscowy rejonu ul. Leśnej”.", en: "Copy it from the municipality's notice, for example “general plan” or “local plan for the ul. Leśna area”." },
            maxLength: 300,
            errors: { required: { pl: "Podaj nazwę planu", en: "Enter the name of the plan" } },
          },
          {
            key: "concernsPlots",
            kind: "yes-no",
            label: { pl: "Czy wniosek dotyczy konkretnych działek?", en: "Is your proposal about specific plots?" },
          },
          {
            key: "plots",
            kind: "group",
            label: { pl: "Działki", en: "Plots" },
            showIf: { field: "concernsPlots", equals: true },
            itemLabel: { pl: "Działka {n}", en: "Plot {n}" },
            minItems: 1,
            maxItems: 30,
            fields: [{ key: "parcelId", kind: "parcel-id", label: { pl: "Identyfikator działki ewidencyjnej", en: "Cadastral plot identifier" } }],
          },
          {
            key: "proposal",
            kind: "long-text",
            label: { pl: "Co proponujesz?", en: "What do you propose?" },
            hint: { pl: "Na przykład: przeznaczenie terenu pod zabudowę jednorodzinną, zachowanie terenu zielonego.", en: "For example: designating the land for detached houses, keeping a green area." },
            maxLength: 5000,
            errors: { required: { pl: "Opisz swoją propozycję", en: "Describe your proposal" } },
          },
          {
            key: "map",
            kind: "file",
            label: { pl: "Mapa z zaznaczonym terenem", en: "Map with the area marked" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby rozpatrzyć wniosek w procedurze sporządzania planu na podstawie ustawy o planowaniu i zagospodarowaniu przestrzennym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to consider the proposal in the plan-making procedure under the Spatial Planning Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
