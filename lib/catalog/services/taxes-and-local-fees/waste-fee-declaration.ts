/**
 * Deklaracja o wysokości opłaty za gospodarowanie odpadami komunalnymi. The form's exact template and
 * the rates come from the council's resolution; this is the common core. Data only.
 */
import { defineService } from "../../types";
import { declarationStep, personStep } from "./common-fields";
import { correctionReasonField } from "./property-objects";

export const wasteFeeDeclaration = defineService({
  id: "waste-fee-declaration",
  version: 1,
  category: "taxes-and-local-fees",
  name: {
    pl: "Deklaracja o wysokości opłaty za gospodarowanie odpadami komunalnymi",
    en: "Municipal waste fee declaration",
  },
  summary: {
    pl: "Złóż lub zmień deklarację „śmieciową” dla domu lub mieszkania, na przykład gdy się wprowadzasz albo zmienia się liczba mieszkańców.",
    en: "File or change the waste fee declaration for a house or flat, for example when you move in or the number of residents changes.",
  },
  whoCanApply: {
    pl: "Właściciel nieruchomości, a także współwłaściciel, użytkownik wieczysty, najemca lub inna osoba władająca nieruchomością. Pierwszą deklarację złóż w ciągu 14 dni od zamieszkania pierwszego mieszkańca, a zmianę – do 10. dnia miesiąca po miesiącu, w którym nastąpiła.",
    en: "The property owner, and also a co-owner, perpetual usufructuary, tenant or anyone else in control of the property. File the first declaration within 14 days of the first resident moving in, and a change by the 10th of the month after the month it happened.",
  },
  whatYouNeed: [
    { pl: "Adres nieruchomości i liczbę osób, które w niej mieszkają", en: "The property's address and the number of people living there" },
    { pl: "Informację, czy kompostujesz bioodpady w przydomowym kompostowniku", en: "Whether you compost bio-waste in a home composter" },
    { pl: "Dokument potwierdzający prawo do zwolnienia, jeśli przewiduje je uchwała rady gminy (na przykład Karta Dużej Rodziny)", en: "A document supporting an exemption, if the council's resolution provides one (for example, the Large Family Card)" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Złożenie deklaracji jest bezpłatne. Wysokość opłaty za odpady wynika ze stawki z uchwały rady gminy.",
      en: "Filing is free. The waste fee itself follows the rate in the municipal council's resolution.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Deklaracja nie wymaga decyzji: urząd ją przyjmuje i sprawdza. Opłatę wnosisz w terminach z uchwały rady gminy.",
    en: "A declaration needs no decision: the office accepts and checks it. You pay the fee on the dates set by the council's resolution.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 13 września 1996 r. o utrzymaniu czystości i porządku w gminach (art. 6m i 6n)",
    en: "Act of 13 September 1996 on maintaining cleanliness and order in municipalities (Articles 6m and 6n)",
  },
  departmentCode: "go",
  jrwaClass: "3120", // JRWA: verify against the office's list
  keywords: ["deklaracja śmieciowa", "opłata za śmieci", "wywóz śmieci", "odpady", "kompostownik"],
  form: {
    version: 1,
    steps: [
      personStep,
      {
        id: "filing",
        title: { pl: "Cel złożenia i nieruchomość", en: "Purpose and property" },
        fields: [
          {
            key: "filingPurpose",
            kind: "radio",
            label: { pl: "Cel złożenia deklaracji", en: "Purpose of the declaration" },
            options: [
              { value: "first", label: { pl: "Pierwsza deklaracja", en: "First declaration" } },
              { value: "change", label: { pl: "Zmiana danych (nowa deklaracja)", en: "Change of details (new declaration)" } },
              { value: "correction", label: { pl: "Korekta deklaracji", en: "Correction of a declaration" } },
              { value: "ending", label: { pl: "Wygaśnięcie obowiązku (na przykład sprzedaż, wyprowadzka)", en: "End of the obligation (for example, sale, moving out)" } },
            ],
            errors: { required: { pl: "Wybierz cel złożenia deklaracji", en: "Select the purpose of the declaration" } },
          },
          correctionReasonField,
          {
            key: "changeDate",
            kind: "date",
            label: { pl: "Data powstania obowiązku lub zmiany", en: "Date the obligation arose or changed" },
            min: { date: "2013-07-01" },
            max: { daysFromToday: 60 },
            errors: { required: { pl: "Podaj datę powstania obowiązku lub zmiany", en: "Enter the date the obligation arose or changed" } },
          },
          {
            key: "holderTitle",
            kind: "select",
            label: { pl: "Tytuł do nieruchomości", en: "Your title to the property" },
            options: [
              { value: "owner", label: { pl: "Właściciel", en: "Owner" } },
              { value: "co-owner", label: { pl: "Współwłaściciel", en: "Co-owner" } },
              { value: "perpetual-usufructuary", label: { pl: "Użytkownik wieczysty", en: "Perpetual usufructuary" } },
              { value: "tenant", label: { pl: "Najemca lub dzierżawca", en: "Tenant or lessee" } },
              { value: "other", label: { pl: "Inna osoba władająca nieruchomością", en: "Another person in control of the property" } },
            ],
            errors: { required: { pl: "Wybierz tytuł do nieruchomości", en: "Select your title to the property" } },
          },
          { key: "propertyAddress", kind: "address", label: { pl: "Adres nieruchomości", en: "Property address" } },
          {
            key: "propertyParcelId",
            kind: "parcel-id",
            label: { pl: "Identyfikator działki", en: "Parcel identifier" },
            hint: { pl: "Tylko gdy nieruchomość nie ma numeru porządkowego.", en: "Only if the property has no street number." },
            optional: true,
          },
        ],
      },
      {
        id: "fee",
        title: { pl: "Dane do opłaty", en: "Details for the fee" },
        showIf: { field: "filingPurpose", notEquals: "ending" },
        fields: [
          {
            key: "propertyType",
            kind: "radio",
            label: { pl: "Rodzaj nieruchomości", en: "Type of property" },
            options: [
              { value: "single-family", label: { pl: "Zamieszkana – dom jednorodzinny", en: "Inhabited – single-family house" } },
              { value: "multi-family", label: { pl: "Zamieszkana – lokal w budynku wielolokalowym", en: "Inhabited – flat in a multi-flat building" } },
              { value: "holiday", label: { pl: "Domek letniskowy lub nieruchomość rekreacyjna", en: "Holiday cottage or recreational property" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj nieruchomości", en: "Select the type of property" } },
          },
          {
            key: "residentsCount",
            kind: "integer",
            label: { pl: "Liczba osób zamieszkujących nieruchomość", en: "Number of people living at the property" },
            hint: { pl: "Liczą się osoby, które faktycznie tu mieszkają, niezależnie od zameldowania.", en: "Count the people who actually live here, whether registered or not." },
            showIf: { field: "propertyType", notEquals: "holiday" },
            minValue: 1,
            maxValue: 99,
            errors: { required: { pl: "Podaj liczbę mieszkańców", en: "Enter the number of residents" } },
          },
          {
            key: "composting",
            kind: "yes-no",
            label: { pl: "Czy kompostujesz bioodpady w przydomowym kompostowniku?", en: "Do you compost bio-waste in a home composter?" },
            hint: { pl: "Daje to zwolnienie z części opłaty.", en: "This gives a partial exemption from the fee." },
            showIf: { field: "propertyType", equals: "single-family" },
          },
          {
            key: "largeFamilyExemption",
            kind: "yes-no",
            label: { pl: "Czy korzystasz ze zwolnienia dla rodzin wielodzietnych lub innego zwolnienia z uchwały?", en: "Do you claim the large-family exemption or another exemption under the resolution?" },
            showIf: { field: "propertyType", notEquals: "holiday" },
            optional: true,
          },
          {
            key: "exemptionDocuments",
            kind: "file",
            label: { pl: "Dokument potwierdzający prawo do zwolnienia", en: "Document supporting the exemption" },
            showIf: { field: "largeFamilyExemption", equals: true },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
        ],
      },
      declarationStep,
    ],
  },
});
