/**
 * Zgłoszenie zbiornika bezodpływowego lub przydomowej oczyszczalni ścieków do ewidencji gminy
 * (art. 3 ust. 3 pkt 1–2 of the Act on maintaining cleanliness and order in municipalities). A
 * register entry, not a decision. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";
import { optionalParcelIdField, propertyAddressField } from "../shared/property";

export const septicTankRegistration = defineService({
  id: "septic-tank-registration",
  version: 1,
  category: "environment-and-waste",
  name: { pl: "Zgłoszenie szamba lub przydomowej oczyszczalni ścieków", en: "Registering a septic tank or household treatment plant" },
  summary: {
    pl: "Zgłoś do gminnej ewidencji swój zbiornik bezodpływowy (szambo) lub przydomową oczyszczalnię ścieków.",
    en: "Register your cesspool (septic tank) or household wastewater treatment plant with the municipality.",
  },
  whoCanApply: {
    pl: "Właściciel, użytkownik lub zarządca nieruchomości, która nie jest podłączona do kanalizacji i ma zbiornik bezodpływowy lub przydomową oczyszczalnię.",
    en: "The owner, user or manager of a property not connected to the sewer that has a cesspool or a household treatment plant.",
  },
  whatYouNeed: [
    { pl: "Rodzaj i pojemność zbiornika lub przepustowość oczyszczalni", en: "The type and capacity of the tank or the plant's throughput" },
    { pl: "Umowę z firmą wywożącą nieczystości, jeśli ją masz", en: "Your agreement with the emptying company, if you have one" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie jest bezpłatne.", en: "Registration is free." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd wpisuje dane do ewidencji bez wydawania decyzji. Pamiętaj, by przechowywać dowody opróżniania zbiornika i okazywać je przy kontroli.",
    en: "The office enters the data in the register without issuing a decision. Keep the receipts for emptying the tank and show them during inspections.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 3 ust. 3 pkt 1–2, art. 5 ust. 1 pkt 2, art. 6 ust. 1)",
    en: "Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Article 3(3)(1)–(2), Article 5(1)(2), Article 6(1))",
  },
  departmentCode: "os",
  jrwaClass: "6232", // JRWA: verify against the office's list
  keywords: ["szambo", "zbiornik bezodpływowy", "przydomowa oczyszczalnia", "ścieki", "ewidencja szamb"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [...identityFields, ...contactFields],
      },
      {
        id: "facility",
        title: { pl: "Nieruchomość i zbiornik", en: "The property and the tank" },
        fields: [
          propertyAddressField, optionalParcelIdField,
          { key: "residents", kind: "integer", label: { pl: "Liczba osób korzystających", en: "Number of people using it" }, minValue: 1, maxValue: 500 },
          {
            key: "facilityType",
            kind: "radio",
            label: { pl: "Co zgłaszasz?", en: "What are you registering?" },
            options: [
              { value: "cesspool", label: { pl: "Zbiornik bezodpływowy (szambo)", en: "Cesspool (septic tank)" } },
              { value: "treatment-plant", label: { pl: "Przydomową oczyszczalnię ścieków", en: "Household treatment plant" } },
            ],
            errors: { required: { pl: "Wybierz, co zgłaszasz", en: "Select what you are registering" } },
          },
          { key: "capacityM3", kind: "decimal", label: { pl: "Pojemność zbiornika (m³)", en: "Tank capacity (m³)" }, showIf: { field: "facilityType", equals: "cesspool" }, minValue: 0.5, maxValue: 500, decimals: 1 },
          {
            key: "tankMaterial",
            kind: "select",
            label: { pl: "Z czego jest wykonany zbiornik?", en: "What is the tank made of?" },
            showIf: { field: "facilityType", equals: "cesspool" },
            options: [
              { value: "concrete", label: { pl: "Beton", en: "Concrete" } },
              { value: "plastic", label: { pl: "Tworzywo sztuczne", en: "Plastic" } },
              { value: "steel", label: { pl: "Stal", en: "Steel" } },
              { value: "other", label: { pl: "Inny materiał", en: "Other material" } },
            ],
          },
          { key: "plantTechnology", kind: "text", label: { pl: "Technologia oczyszczalni", en: "Treatment technology" }, hint: { pl: "Na przykład: drenaż rozsączający, złoże biologiczne.", en: "For example: soakaway drainage, biological filter." }, showIf: { field: "facilityType", equals: "treatment-plant" }, maxLength: 200 },
          { key: "plantCapacity", kind: "decimal", label: { pl: "Przepustowość oczyszczalni (m³ na dobę)", en: "Plant throughput (m³ per day)" }, showIf: { field: "facilityType", equals: "treatment-plant" }, minValue: 0.1, maxValue: 5, decimals: 2 },
          { key: "builtYear", kind: "integer", label: { pl: "Rok budowy", en: "Year built" }, optional: true, minValue: 1900, maxValue: 2100 },
          { key: "emptyingCompany", kind: "text", label: { pl: "Firma wywożąca nieczystości lub osady", en: "Emptying company" }, optional: true, maxLength: 200 },
          {
            key: "emptyingFrequency",
            kind: "select",
            label: { pl: "Jak często opróżniasz zbiornik lub wywozisz osad?", en: "How often is the tank emptied or the sludge removed?" },
            options: [
              { value: "monthly", label: { pl: "Co najmniej raz w miesiącu", en: "At least monthly" } },
              { value: "quarterly", label: { pl: "Raz na kwartał", en: "Once a quarter" } },
              { value: "half-yearly", label: { pl: "Raz na pół roku", en: "Twice a year" } },
              { value: "yearly", label: { pl: "Raz w roku lub rzadziej", en: "Once a year or less" } },
            ],
          },
          { key: "contract", kind: "file", label: { pl: "Umowa na opróżnianie zbiornika lub wywóz osadów", en: "Emptying agreement" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
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
              pl: "Administratorem Twoich danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz zgłoszenie. Przetwarzamy je, aby prowadzić ewidencję zbiorników bezodpływowych i przydomowych oczyszczalni na podstawie ustawy o utrzymaniu czystości i porządku w gminach (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of your personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you notify. We process the data to keep the register of cesspools and household treatment plants under the Act on maintaining cleanliness and order in municipalities (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane w zgłoszeniu są zgodne z prawdą i aktualne.", en: "I declare that the information in this registration is true and up to date." },
          },
        ],
      },
    ],
  },
});
