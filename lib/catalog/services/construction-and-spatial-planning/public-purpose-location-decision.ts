/**
 * Decyzja o ustaleniu lokalizacji inwestycji celu publicznego (art. 50–58 of the Spatial Planning
 * Act), where there is no local plan. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { applicantStep } from "./shared-fields";
import { plotsField } from "../shared/property";

export const publicPurposeLocationDecision = defineService({
  id: "public-purpose-location-decision",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Lokalizacja inwestycji celu publicznego", en: "Location decision for a public-purpose investment" },
  summary: {
    pl: "Złóż wniosek o ustalenie lokalizacji inwestycji celu publicznego, na przykład sieci, drogi lub szkoły, na terenie bez planu miejscowego.",
    en: "Apply for a location decision for a public-purpose investment, such as a utility network, road or school, where there is no local plan.",
  },
  whoCanApply: {
    pl: "Inwestor inwestycji celu publicznego (na przykład przedsiębiorstwo sieciowe, instytucja publiczna lub osoba budująca sieć) – nie musi mieć tytułu do terenu.",
    en: "The investor in a public-purpose investment (for example, a utility company, a public body or a person building a network) – no title to the land is needed.",
  },
  whatYouNeed: [
    { pl: "Kopię mapy zasadniczej (a poza miastem – ewidencyjnej) z zaznaczonymi granicami terenu i obszarem oddziaływania", en: "A copy of the base map (outside towns – the cadastral map) with the site boundaries and the area of impact marked" },
    { pl: "Opis inwestycji: zapotrzebowanie na media, sposób odprowadzania ścieków, charakterystykę i parametry", en: "A description of the investment: utility needs, sewage disposal, characteristics and parameters" },
    { pl: "Decyzję o środowiskowych uwarunkowaniach, jeśli jest wymagana", en: "An environmental decision, if required" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: {
    amountGrosze: 59800,
    note: {
      pl: "598 zł opłaty skarbowej. Jednostki samorządu terytorialnego i jednostki budżetowe są zwolnione.",
      en: "598 zł stamp duty. Local authorities and public budget units are exempt.",
    },
  },
  deadline: { kind: "months", months: 2 },
  deadlineNote: {
    pl: "Do terminu nie wlicza się czasu na uzgodnienia z innymi organami ani na uzupełnienie wniosku.",
    en: "Time for approvals by other authorities and for completing the application is not counted.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym (art. 50–58)",
    en: "Act of 27 March 2003 on spatial planning and development (Articles 50–58)",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6733",
  keywords: ["inwestycja celu publicznego", "lokalizacja sieci", "ulicp", "decyzja lokalizacyjna"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "investment",
        title: { pl: "Teren i inwestycja", en: "Site and investment" },
        fields: [
          plotsField,
          {
            key: "investmentType",
            kind: "select",
            label: { pl: "Rodzaj inwestycji", en: "Type of investment" },
            options: [
              { value: "water-sewer", label: { pl: "Sieć wodociągowa lub kanalizacyjna", en: "Water or sewer network" } },
              { value: "power", label: { pl: "Sieć elektroenergetyczna", en: "Power network" } },
              { value: "gas", label: { pl: "Sieć gazowa", en: "Gas network" } },
              { value: "telecom", label: { pl: "Sieć telekomunikacyjna", en: "Telecommunications network" } },
              { value: "road", label: { pl: "Droga publiczna", en: "Public road" } },
              { value: "public-building", label: { pl: "Obiekt użyteczności publicznej", en: "Public facility" } },
              { value: "other", label: { pl: "Inna", en: "Other" } },
            ],
          },
          {
            key: "investmentDescription",
            kind: "long-text",
            label: { pl: "Charakterystyka inwestycji", en: "Description of the investment" },
            hint: { pl: "Parametry, długość lub powierzchnia, zapotrzebowanie na media, wpływ na otoczenie.", en: "Parameters, length or area, utility needs, impact on the surroundings." },
            maxLength: 4000,
            errors: { required: { pl: "Opisz inwestycję", en: "Describe the investment" } },
          },
          {
            key: "siteMap",
            kind: "file",
            label: { pl: "Mapa z granicami terenu", en: "Map with the site boundaries" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "otherDocuments",
            kind: "file",
            label: { pl: "Decyzja środowiskowa i inne dokumenty", en: "Environmental decision and other documents" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić postępowanie lokalizacyjne na podstawie ustawy o planowaniu i zagospodarowaniu przestrzennym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the location proceedings under the Spatial Planning Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
