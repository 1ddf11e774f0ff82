/**
 * Czasowe wycofanie pojazdu z ruchu (art. 78a of the Road Traffic Law). The fee grows with the
 * number of months, so it is computed from the answers. Data only.
 */
import { defineService } from "../../types";
import { contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { criminalTruthDeclarationField } from "../shared/declaration";
import { plateField, vinField } from "./shared-fields";

export const vehicleTemporaryWithdrawal = defineService({
  id: "vehicle-temporary-withdrawal",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Czasowe wycofanie pojazdu z ruchu", en: "Temporarily withdrawing a vehicle from use" },
  summary: {
    pl: "Wycofaj z ruchu na kilka miesięcy ciężarówkę, autobus lub ciągnik albo samochód osobowy wymagający poważnej naprawy.",
    en: "Take a lorry, bus or tractor unit – or a car needing major repairs – off the road for a few months.",
  },
  whoCanApply: {
    pl: "Właściciel zarejestrowanego samochodu ciężarowego lub przyczepy o dopuszczalnej masie całkowitej powyżej 3,5 t, ciągnika samochodowego, pojazdu specjalnego albo autobusu – na 2 do 24 miesięcy (łącznie najwyżej 48 miesięcy). Właściciel samochodu osobowego – na 3 do 12 miesięcy, jeśli po uszkodzeniu trzeba naprawić elementy nośne konstrukcji.",
    en: "The owner of a registered lorry or trailer over 3.5 t, a tractor unit, a special vehicle or a bus – for 2 to 24 months (48 months in total at most). The owner of a passenger car – for 3 to 12 months, if after damage its load-bearing structure must be repaired.",
  },
  whatYouNeed: [
    { pl: "Dowód rejestracyjny i tablice rejestracyjne – oddasz je do depozytu urzędu", en: "The registration certificate and plates – you hand them in to the office for safekeeping" },
    { pl: "Przy samochodzie osobowym: oświadczenie, że pojazd wymaga naprawy elementów nośnych konstrukcji", en: "For a passenger car: a statement that its load-bearing structure needs repair" },
    { pl: "Przy przedłużeniu: dotychczasową decyzję o czasowym wycofaniu", en: "To extend the period: the current withdrawal decision" },
  ],
  fee: {
    amountGrosze: 8000,
    note: {
      pl: "Od 80 zł: za pierwsze 2 miesiące (samochód osobowy: 3 miesiące) 80 zł, potem 4 zł za każdy miesiąc do 12., 2 zł za miesiące 13–24 i 0,25 zł za miesiące 25–48. Kwotę obliczymy we wniosku.",
      en: "From 80 zł: 80 zł for the first 2 months (passenger car: 3 months), then 4 zł for each month up to the 12th, 2 zł for months 13–24 and 0.25 zł for months 25–48. The form calculates the amount.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 78a)",
    en: "Act of 20 June 1997 – Road Traffic Law (Article 78a)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5430",
  keywords: ["wycofanie z ruchu", "zawieszenie ciężarówki", "depozyt tablic", "przerwa w użytkowaniu"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          ...identityFields, residenceAddressField,
          {
            key: "companyNip",
            kind: "nip",
            label: { pl: "NIP firmy, jeśli pojazd jest zarejestrowany na firmę", en: "Company NIP, if the vehicle is registered to a business" },
            optional: true,
          },
          ...contactWithHintFields,
        ],
      },
      {
        id: "vehicle",
        title: { pl: "Pojazd i okres wycofania", en: "Vehicle and period" },
        fields: [
          plateField, vinField,
          {
            key: "vehicleKind",
            kind: "radio",
            label: { pl: "Rodzaj pojazdu", en: "Type of vehicle" },
            options: [
              {
                value: "heavy",
                label: { pl: "Ciężarowy lub przyczepa powyżej 3,5 t, ciągnik samochodowy, pojazd specjalny, autobus", en: "Lorry or trailer over 3.5 t, tractor unit, special vehicle, bus" },
              },
              { value: "passenger", label: { pl: "Samochód osobowy wymagający naprawy po uszkodzeniu", en: "Passenger car needing repair after damage" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj pojazdu", en: "Select the type of vehicle" } },
          },
          {
            key: "monthsHeavy",
            kind: "integer",
            label: { pl: "Na ile miesięcy wycofujesz pojazd?", en: "For how many months?" },
            hint: { pl: "Od 2 do 24 miesięcy.", en: "From 2 to 24 months." },
            showIf: { field: "vehicleKind", equals: "heavy" },
            minValue: 2,
            maxValue: 24,
          },
          {
            key: "monthsPassenger",
            kind: "integer",
            label: { pl: "Na ile miesięcy wycofujesz samochód?", en: "For how many months?" },
            hint: { pl: "Od 3 do 12 miesięcy; okresu nie można przedłużyć.", en: "From 3 to 12 months; the period cannot be extended." },
            showIf: { field: "vehicleKind", equals: "passenger" },
            minValue: 3,
            maxValue: 12,
          },
          {
            key: "feeHeavy",
            kind: "computed",
            label: { pl: "Opłata", en: "Fee" },
            showIf: { field: "vehicleKind", equals: "heavy" },
            format: "money",
            expression: {
              sum: [
                { const: 8000 },
                { product: [{ const: 400 }, { max: [{ const: 0 }, { min: [{ subtract: [{ field: "monthsHeavy" }, { const: 2 }] }, { const: 10 }] }] }] },
                { product: [{ const: 200 }, { max: [{ const: 0 }, { subtract: [{ field: "monthsHeavy" }, { const: 12 }] }] }] },
              ],
            },
          },
          {
            key: "feePassenger",
            kind: "computed",
            label: { pl: "Opłata", en: "Fee" },
            showIf: { field: "vehicleKind", equals: "passenger" },
            format: "money",
            expression: {
              sum: [{ const: 8000 }, { product: [{ const: 400 }, { max: [{ const: 0 }, { subtract: [{ field: "monthsPassenger" }, { const: 3 }] }] }] }],
            },
          },
          {
            key: "repairStatement",
            kind: "consent",
            label: {
              pl: "Oświadczam pod rygorem odpowiedzialności karnej, że samochód wymaga naprawy elementów nośnych konstrukcji.",
              en: "I declare, under penalty of criminal liability, that the car's load-bearing structure needs repair.",
            },
            showIf: { field: "vehicleKind", equals: "passenger" },
          },
          {
            key: "isExtension",
            kind: "yes-no",
            label: { pl: "Czy przedłużasz wcześniejsze wycofanie?", en: "Are you extending an earlier withdrawal?" },
            showIf: { field: "vehicleKind", equals: "heavy" },
          },
          {
            key: "earlierDecision",
            kind: "file",
            label: { pl: "Dotychczasowa decyzja o czasowym wycofaniu", en: "The current withdrawal decision" },
            showIf: { field: "isExtension", equals: true },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę czasowego wycofania pojazdu z ruchu na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the temporary withdrawal under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
