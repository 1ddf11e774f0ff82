/**
 * Wypis i wyrys z miejscowego planu zagospodarowania przestrzennego lub planu ogólnego
 * (art. 30 of the Spatial Planning Act). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plotsField } from "../shared/property";

export const zoningPlanExtract = defineService({
  id: "zoning-plan-extract",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Wypis i wyrys z planu miejscowego lub planu ogólnego", en: "Extract from the local or general zoning plan" },
  summary: {
    pl: "Zamów wypis (tekst) i wyrys (mapę) z planu dla swojej działki, na przykład do notariusza lub banku.",
    en: "Order the text extract and map extract of the zoning plan for a plot, for example for a notary or a bank.",
  },
  whoCanApply: {
    pl: "Każdy – nie musisz wykazywać interesu prawnego.",
    en: "Anyone – you do not need to show a legal interest.",
  },
  whatYouNeed: [
    { pl: "Numery działek ewidencyjnych i obręb", en: "The cadastral plot numbers and the precinct" },
    { pl: "Potwierdzenie zapłaty opłaty skarbowej", en: "Proof of paying the stamp duty" },
  ],
  fee: {
    amountGrosze: 3000,
    note: {
      pl: "Wypis: 30 zł do 5 stron, 50 zł powyżej 5 stron. Wyrys: 20 zł za każdą stronę formatu A4, najwyżej 200 zł. Urząd poda ostateczną kwotę, jeśli liczba stron nie jest znana.",
      en: "Text extract: 30 zł up to 5 pages, 50 zł above 5 pages. Map extract: 20 zł per A4 page, at most 200 zł. The office confirms the final amount if the number of pages is not known.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Ustawa nie określa osobnego terminu; urzędy wydają wypisy zwykle w ciągu kilku dni.",
    en: "The law sets no separate deadline; offices usually issue extracts within a few days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym (art. 30)",
    en: "Act of 27 March 2003 on spatial planning and development (Article 30)",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6727",
  keywords: ["wypis z planu", "wyrys z planu", "mpzp", "plan miejscowy", "przeznaczenie działki"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "extract",
        title: { pl: "Działki i zakres", en: "Plots and scope" },
        fields: [
          plotsField,
          {
            key: "plan",
            kind: "radio",
            label: { pl: "Z jakiego planu?", en: "From which plan?" },
            options: [
              { value: "local", label: { pl: "Miejscowy plan zagospodarowania przestrzennego", en: "Local zoning plan" } },
              { value: "general", label: { pl: "Plan ogólny gminy", en: "General plan of the municipality" } },
            ],
          },
          {
            key: "extractType",
            kind: "radio",
            label: { pl: "Co zamawiasz?", en: "What are you ordering?" },
            options: [
              { value: "both", label: { pl: "Wypis i wyrys", en: "Text and map extract" } },
              { value: "text", label: { pl: "Tylko wypis", en: "Text extract only" } },
              { value: "map", label: { pl: "Tylko wyrys", en: "Map extract only" } },
            ],
            errors: { required: { pl: "Wybierz, co zamawiasz", en: "Select what you are ordering" } },
          },
          {
            key: "copies",
            kind: "integer",
            label: { pl: "Liczba egzemplarzy", en: "Number of copies" },
            minValue: 1,
            maxValue: 5,
          },
          {
            key: "purpose",
            kind: "text",
            label: { pl: "Do czego potrzebujesz wypisu?", en: "What do you need the extract for?" },
            hint: { pl: "Na przykład: akt notarialny, kredyt. Pomaga dobrać zakres wyrysu.", en: "For example: a notarial deed, a mortgage. This helps choose the map's extent." },
            optional: true,
            maxLength: 200,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby wydać wypis i wyrys na podstawie ustawy o planowaniu i zagospodarowaniu przestrzennym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to issue the extract under the Spatial Planning Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
