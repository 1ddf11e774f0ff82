/**
 * Decyzja o warunkach zabudowy (WZ) for land without a local plan (art. 59–64 of the Spatial
 * Planning Act). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { applicantStep } from "./shared-fields";
import { plotsField } from "../shared/property";

export const zoningConditionsDecision = defineService({
  id: "zoning-conditions-decision",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Decyzja o warunkach zabudowy (WZ)", en: "Zoning decision (WZ)" },
  summary: {
    pl: "Złóż wniosek o warunki zabudowy dla działki, dla której nie ma miejscowego planu zagospodarowania przestrzennego.",
    en: "Apply for development conditions for a plot not covered by a local zoning plan.",
  },
  whoCanApply: {
    pl: "Każdy – nie musisz być właścicielem działki. Decyzję wydaje się tylko tam, gdzie nie obowiązuje plan miejscowy; po wejściu w życie planu ogólnego gminy – tylko na obszarze uzupełnienia zabudowy.",
    en: "Anyone – you do not have to own the plot. The decision is issued only where no local plan applies; once the municipality's general plan is in force – only within an infill development area.",
  },
  whatYouNeed: [
    { pl: "Kopię mapy zasadniczej lub ewidencyjnej z zaznaczonymi granicami terenu objętego wnioskiem", en: "A copy of the base map or cadastral map with the boundaries of the area marked" },
    { pl: "Opis zamierzenia: funkcję, wielkość i gabaryty zabudowy, zapotrzebowanie na wodę, energię, odprowadzanie ścieków i odpadów", en: "A description of the project: use, size and dimensions, and its needs for water, energy, sewage and waste disposal" },
    { pl: "Decyzję o środowiskowych uwarunkowaniach, jeśli jest wymagana", en: "An environmental decision, if required" },
    { pl: "Warunki lub umowy z dostawcami mediów, jeśli je masz", en: "Utility connection conditions or agreements, if you have them" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: {
    amountGrosze: 59800,
    note: {
      pl: "598 zł opłaty skarbowej. Nie płacisz, jeśli jesteś właścicielem lub użytkownikiem wieczystym nieruchomości, której dotyczy wniosek.",
      en: "598 zł stamp duty. Nothing is due if you own the property or hold it in perpetual usufruct.",
    },
  },
  deadline: { kind: "days", days: 90 },
  deadlineNote: {
    pl: "Dla domu jednorodzinnego o powierzchni zabudowy do 70 m² (do dwóch kondygnacji) urząd ma 21 dni. Okresów na uzgodnienia i uzupełnienie wniosku nie wlicza się do terminu.",
    en: "For a detached house with a footprint of up to 70 m² (up to two storeys) the office has 21 days. Time for approvals and for completing the application is not counted.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 27 marca 2003 r. o planowaniu i zagospodarowaniu przestrzennym (art. 59–64)",
    en: "Act of 27 March 2003 on spatial planning and development (Articles 59–64)",
  },
  departmentCode: "pp",
  // JRWA: verify against the office's list.
  jrwaClass: "6730",
  keywords: ["warunki zabudowy", "wz", "wuzetka", "działka budowlana", "budowa domu bez planu"],
  form: {
    version: 1,
    steps: [
      applicantStep,
      {
        id: "site",
        title: { pl: "Teren", en: "The site" },
        fields: [
          plotsField,
          {
            key: "ownership",
            kind: "radio",
            label: { pl: "Jaki masz tytuł do tego terenu?", en: "What is your title to the site?" },
            options: [
              { value: "owner", label: { pl: "Właściciel lub użytkownik wieczysty", en: "Owner or perpetual usufructuary" }, hint: { pl: "Nie płacisz opłaty skarbowej.", en: "No stamp duty is due." } },
              { value: "other", label: { pl: "Inny (na przykład przyszły nabywca)", en: "Other (for example, a prospective buyer)" } },
            ],
            errors: { required: { pl: "Wybierz swój tytuł do terenu", en: "Select your title to the site" } },
          },
          {
            key: "boundaryMap",
            kind: "file",
            label: { pl: "Mapa z granicami terenu objętego wnioskiem", en: "Map with the boundaries of the site" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
        ],
      },
      {
        id: "investment",
        title: { pl: "Planowana inwestycja", en: "The planned development" },
        fields: [
          {
            key: "function",
            kind: "radio",
            label: { pl: "Rodzaj zabudowy", en: "Type of development" },
            options: [
              { value: "single-family", label: { pl: "Dom jednorodzinny", en: "Detached house" } },
              { value: "multi-family", label: { pl: "Budynek wielorodzinny", en: "Block of flats" } },
              { value: "services", label: { pl: "Usługi lub handel", en: "Services or retail" } },
              { value: "production", label: { pl: "Produkcja, magazyny", en: "Industry or warehouses" } },
              { value: "other", label: { pl: "Inna", en: "Other" } },
            ],
          },
          {
            key: "smallHouse",
            kind: "yes-no",
            label: { pl: "Czy to dom jednorodzinny o powierzchni zabudowy do 70 m² i najwyżej dwóch kondygnacjach?", en: "Is it a detached house with a footprint of up to 70 m² and at most two storeys?" },
            showIf: { field: "function", equals: "single-family" },
          },
          {
            key: "investmentDescription",
            kind: "long-text",
            label: { pl: "Charakterystyka inwestycji", en: "Description of the development" },
            hint: {
              pl: "Liczba i gabaryty budynków (powierzchnia zabudowy, wysokość, szerokość elewacji, dach), sposób zagospodarowania terenu.",
              en: "Number and dimensions of buildings (footprint, height, façade width, roof) and how the site will be laid out.",
            },
            maxLength: 4000,
            errors: { required: { pl: "Opisz planowaną inwestycję", en: "Describe the planned development" } },
          },
          {
            key: "utilities",
            kind: "checkboxes",
            label: { pl: "Planowane przyłącza i rozwiązania", en: "Planned connections and solutions" },
            options: [
              { value: "water-network", label: { pl: "Wodociąg", en: "Mains water" } },
              { value: "well", label: { pl: "Własna studnia", en: "Own well" } },
              { value: "sewer", label: { pl: "Kanalizacja", en: "Mains sewer" } },
              { value: "septic", label: { pl: "Zbiornik bezodpływowy lub przydomowa oczyszczalnia", en: "Septic tank or on-site treatment plant" } },
              { value: "electricity", label: { pl: "Energia elektryczna", en: "Electricity" } },
              { value: "gas", label: { pl: "Gaz", en: "Gas" } },
            ],
          },
          {
            key: "access",
            kind: "text",
            label: { pl: "Dostęp do drogi publicznej", en: "Access to a public road" },
            hint: { pl: "Na przykład: bezpośredni zjazd z ul. Leśnej albo przez drogę wewnętrzną, działka 123/5.", en: "For example: a direct driveway onto ul. Leśna, or via a private road, plot 123/5." },
            maxLength: 300,
          },
          {
            key: "otherDocuments",
            kind: "file",
            label: { pl: "Decyzja środowiskowa, warunki przyłączenia i inne dokumenty", en: "Environmental decision, connection conditions and other documents" },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić postępowanie w sprawie warunków zabudowy na podstawie ustawy o planowaniu i zagospodarowaniu przestrzennym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the zoning decision proceedings under the Spatial Planning Act (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
