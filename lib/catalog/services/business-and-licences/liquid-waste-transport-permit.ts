/**
 * Zezwolenie na opróżnianie zbiorników bezodpływowych lub osadników w instalacjach przydomowych
 * oczyszczalni ścieków i transport nieczystości ciekłych (ustawa o utrzymaniu czystości, art. 7–9).
 * Data only.
 */
import { defineService } from "../../types";
import {
  accuracyDeclarationField,
  companyFields,
  contactFields,
  identityFields,
  privacyNoticeField,
  representativeFields,
} from "../taxes-and-local-fees/common-fields";

export const liquidWasteTransportPermit = defineService({
  id: "liquid-waste-transport-permit",
  version: 1,
  category: "business-and-licences",
  name: {
    pl: "Zezwolenie na opróżnianie szamb i transport nieczystości ciekłych",
    en: "Permit to empty septic tanks and transport liquid waste",
  },
  summary: {
    pl: "Uzyskaj zezwolenie na opróżnianie zbiorników bezodpływowych i osadników oraz wywóz nieczystości ciekłych do stacji zlewnej.",
    en: "Get a permit to empty cesspools and septic tanks and take the liquid waste to a discharge station.",
  },
  whoCanApply: {
    pl: "Przedsiębiorca, który ma pojazdy asenizacyjne, bazę transportową i potwierdzenie gotowości przyjęcia nieczystości przez stację zlewną. Zezwolenie wydaje się na czas oznaczony, najdłużej na 10 lat.",
    en: "A business with vacuum tankers, a transport base and confirmation that a discharge station will accept the waste. The permit is issued for a fixed term of up to 10 years.",
  },
  whatYouNeed: [
    { pl: "Dane pojazdów asenizacyjnych i adres bazy transportowej", en: "Details of the vacuum tankers and the transport base address" },
    { pl: "Zaświadczenie lub oświadczenie stacji zlewnej o gotowości przyjęcia nieczystości", en: "A certificate or statement from the discharge station that it will accept the waste" },
    { pl: "Dokumenty potwierdzające prawo do pojazdów i bazy", en: "Documents showing your right to the vehicles and the base" },
  ],
  fee: {
    amountGrosze: 10700,
    note: { pl: "Opłata skarbowa za wydanie zezwolenia: 107 zł.", en: "Stamp duty for issuing the permit: 107 zł." },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 7–9)",
    en: "Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Articles 7–9)",
  },
  departmentCode: "os",
  jrwaClass: "6233", // JRWA: verify against the office's list
  keywords: ["szambo", "wywóz nieczystości", "beczkowóz", "zezwolenie asenizacyjne", "zbiornik bezodpływowy"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [...identityFields, ...representativeFields, ...contactFields],
      },
      {
        id: "business",
        title: { pl: "Przedsiębiorca i zakres działalności", en: "Business and scope" },
        fields: [
          ...companyFields,
          {
            key: "operatingArea",
            kind: "text",
            label: { pl: "Obszar działalności", en: "Area of operation" },
            hint: { pl: "Na przykład cała gmina albo wskazane dzielnice.", en: "For example, the whole municipality or named districts." },
            maxLength: 300,
          },
          {
            key: "permitPeriod",
            kind: "date-range",
            label: { pl: "Termin podjęcia i zakończenia działalności", en: "Start and end of the activity" },
            hint: { pl: "Najdłużej 10 lat.", en: "At most 10 years." },
            min: "today",
            max: { daysFromToday: 3660 },
          },
          { key: "transportBase", kind: "address", label: { pl: "Adres bazy transportowej", en: "Transport base address" } },
          {
            key: "dischargeStation",
            kind: "text",
            label: { pl: "Stacja zlewna, do której będziesz przekazywać nieczystości", en: "Discharge station receiving the waste" },
            maxLength: 300,
          },
        ],
      },
      {
        id: "vehicles",
        title: { pl: "Pojazdy i dokumenty", en: "Vehicles and documents" },
        fields: [
          {
            key: "vehicles",
            kind: "group",
            label: { pl: "Pojazdy asenizacyjne", en: "Vacuum tankers" },
            itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
            minItems: 1,
            maxItems: 30,
            fields: [
              { key: "vehicleMakeModel", kind: "text", label: { pl: "Marka i model", en: "Make and model" }, maxLength: 100 },
              { key: "vehicleRegistrationNumber", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } },
              { key: "tankCapacity", kind: "decimal", label: { pl: "Pojemność zbiornika (m³)", en: "Tank capacity (m³)" }, minValue: 0.1, maxValue: 100, decimals: 2 },
            ],
          },
          {
            key: "technologyDescription",
            kind: "long-text",
            label: { pl: "Technologie i zabiegi ochrony środowiska", en: "Technologies and environmental measures" },
            hint: { pl: "Na przykład sposób mycia i dezynfekcji pojazdów.", en: "For example, how the vehicles are washed and disinfected." },
            maxLength: 3000,
          },
          {
            key: "stationConfirmation",
            kind: "file",
            label: { pl: "Potwierdzenie gotowości przyjęcia nieczystości przez stację zlewną", en: "Discharge station's confirmation it will accept the waste" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "vehicleDocuments",
            kind: "file",
            label: { pl: "Dokumenty pojazdów i bazy transportowej", en: "Vehicle and transport base documents" },
            hint: { pl: "Na przykład dowody rejestracyjne i tytuł prawny do bazy.", en: "For example, registration certificates and your right to the base." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 20,
          },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [privacyNoticeField, accuracyDeclarationField],
      },
    ],
  },
});
