/**
 * Wniosek o wpis do CEIDG (CEIDG-1) złożony w urzędzie gminy: the office forwards it to CEIDG no
 * later than the next working day. The common core of CEIDG-1 only. Data only.
 */
import { defineService } from "../../types";
import {
  contactFields,
  criminalTruthDeclarationField,
  identityFields,
  privacyNoticeField,
  residenceAddressField,
} from "../taxes-and-local-fees/common-fields";
import { ceidgDeadlineNote, ceidgFee, ceidgLegalBasis } from "./ceidg-fields";

export const ceidgRegistration = defineService({
  id: "ceidg-registration",
  version: 1,
  category: "business-and-licences",
  name: { pl: "Założenie jednoosobowej działalności gospodarczej (CEIDG-1)", en: "Registering a sole-trader business (CEIDG-1)" },
  summary: {
    pl: "Złóż wniosek o wpis do CEIDG – urząd przekaże go do rejestru, a wraz z nim zgłoszenia do urzędu skarbowego, ZUS lub KRUS i GUS.",
    en: "Apply for entry in CEIDG – the office forwards it to the register together with your notifications to the tax office, ZUS or KRUS and Statistics Poland.",
  },
  whoCanApply: {
    pl: "Osoba fizyczna, która chce prowadzić jednoosobową działalność gospodarczą lub być wspólnikiem spółki cywilnej.",
    en: "An individual who wants to run a sole-trader business or be a partner in a civil-law partnership.",
  },
  whatYouNeed: [
    { pl: "Nazwę firmy zawierającą Twoje imię i nazwisko", en: "A business name that includes your given name and family name" },
    { pl: "Kody PKD działalności (przeważający i pozostałe)", en: "The PKD activity codes (main and others)" },
    { pl: "Wybraną formę opodatkowania i informację o ubezpieczeniu (ZUS albo KRUS)", en: "Your chosen form of taxation and insurance (ZUS or KRUS)" },
    { pl: "Umowę spółki cywilnej, jeśli jesteś jej wspólnikiem", en: "The civil-law partnership agreement, if you are a partner" },
  ],
  fee: ceidgFee,
  deadline: { kind: "days", days: 1 },
  deadlineNote: ceidgDeadlineNote,
  legalBasis: ceidgLegalBasis,
  departmentCode: "dg",
  jrwaClass: "7300", // JRWA: verify against the office's list
  keywords: ["założenie firmy", "ceidg", "jednoosobowa działalność", "rejestracja firmy", "własna firma"],
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
            key: "citizenship",
            kind: "radio",
            label: { pl: "Obywatelstwo", en: "Citizenship" },
            options: [
              { value: "polish", label: { pl: "Polskie", en: "Polish" } },
              { value: "other", label: { pl: "Inne", en: "Other" } },
            ],
            errors: { required: { pl: "Wybierz obywatelstwo", en: "Select your citizenship" } },
          },
          residenceAddressField,
          ...contactFields,
        ],
      },
      {
        id: "business",
        title: { pl: "Firma i działalność", en: "Business and activity" },
        fields: [
          {
            key: "businessName",
            kind: "text",
            label: { pl: "Firma (nazwa) przedsiębiorcy", en: "Business name" },
            hint: { pl: "Musi zawierać Twoje imię i nazwisko, na przykład „Jan Kowalski Usługi Remontowe”.", en: "It must include your name, for example “Jan Kowalski Usługi Remontowe”." },
            maxLength: 300,
            errors: { required: { pl: "Podaj firmę przedsiębiorcy", en: "Enter the business name" } },
          },
          {
            key: "startDate",
            kind: "date",
            label: { pl: "Data rozpoczęcia działalności", en: "Start date of the business" },
            hint: { pl: "Nie może być wcześniejsza niż dzień złożenia wniosku.", en: "It cannot be earlier than the day you apply." },
            min: "today",
            max: { daysFromToday: 365 },
            errors: { required: { pl: "Podaj datę rozpoczęcia działalności", en: "Enter the start date" } },
          },
          {
            key: "pkdMain",
            kind: "text",
            label: { pl: "Przeważający kod PKD", en: "Main PKD code" },
            hint: { pl: "Na przykład 43.34.Z.", en: "For example, 43.34.Z." },
            maxLength: 10,
            errors: { required: { pl: "Podaj przeważający kod PKD", en: "Enter the main PKD code" } },
          },
          {
            key: "pkdOther",
            kind: "long-text",
            label: { pl: "Pozostałe kody PKD", en: "Other PKD codes" },
            hint: { pl: "Oddziel je przecinkami. Pomiń, jeśli nie dotyczy.", en: "Separate them with commas. Skip it if none." },
            optional: true,
            maxLength: 1000,
          },
          {
            key: "hasFixedPlace",
            kind: "yes-no",
            label: { pl: "Czy masz stałe miejsce wykonywania działalności?", en: "Do you have a fixed place of business?" },
            hint: { pl: "Na przykład biuro, sklep lub warsztat.", en: "For example, an office, shop or workshop." },
          },
          {
            key: "businessAddress",
            kind: "address",
            label: { pl: "Adres stałego miejsca wykonywania działalności", en: "Address of the fixed place of business" },
            showIf: { field: "hasFixedPlace", equals: true },
          },
          { key: "correspondenceAddress", kind: "address", label: { pl: "Adres do doręczeń", en: "Correspondence address" } },
        ],
      },
      {
        id: "tax",
        title: { pl: "Podatki i ubezpieczenia", en: "Tax and insurance" },
        fields: [
          {
            key: "taxForm",
            kind: "radio",
            label: { pl: "Forma opodatkowania", en: "Form of taxation" },
            options: [
              { value: "general", label: { pl: "Zasady ogólne (skala podatkowa)", en: "General rules (tax scale)" } },
              { value: "flat", label: { pl: "Podatek liniowy", en: "Flat-rate tax" } },
              { value: "lump-sum", label: { pl: "Ryczałt od przychodów ewidencjonowanych", en: "Lump-sum tax on recorded revenue" } },
            ],
            errors: { required: { pl: "Wybierz formę opodatkowania", en: "Select the form of taxation" } },
          },
          {
            key: "insurance",
            kind: "radio",
            label: { pl: "Ubezpieczenie społeczne", en: "Social insurance" },
            options: [
              { value: "zus", label: { pl: "ZUS", en: "ZUS" } },
              { value: "krus", label: { pl: "KRUS (rolnicy kontynuujący ubezpieczenie)", en: "KRUS (farmers continuing their insurance)" } },
            ],
            errors: { required: { pl: "Wybierz ubezpieczenie", en: "Select the insurance" } },
          },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Rachunek firmowy", en: "Business bank account" }, optional: true },
          { key: "employsWorkers", kind: "yes-no", label: { pl: "Czy zamierzasz zatrudniać pracowników?", en: "Do you intend to employ staff?" } },
          { key: "civilPartnership", kind: "yes-no", label: { pl: "Czy jesteś wspólnikiem spółki cywilnej?", en: "Are you a partner in a civil-law partnership?" } },
          {
            key: "partnershipAgreement",
            kind: "file",
            label: { pl: "Umowa spółki cywilnej", en: "Civil-law partnership agreement" },
            showIf: { field: "civilPartnership", equals: true },
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
          privacyNoticeField,
          {
            key: "noBans",
            kind: "consent",
            label: {
              pl: "Oświadczam, że nie orzeczono wobec mnie zakazu prowadzenia działalności gospodarczej ani zakazu wykonywania działalności objętej tym wnioskiem.",
              en: "I declare that no court has banned me from running a business or from the activity covered by this application.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
