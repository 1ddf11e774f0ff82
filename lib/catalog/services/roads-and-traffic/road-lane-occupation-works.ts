/**
 * Zezwolenie na zajęcie pasa drogowego w celu prowadzenia robót (art. 40 ust. 1–2 pkt 1 of the
 * Public Roads Act and the Council of Ministers' regulation of 1 June 2004). Data only.
 */
import { defineService } from "../../types";
import { addressField, applicantTypeField, companyNameField, declarationStep, locationField, nipField, powerOfAttorneyField } from "./shared-fields";
import { emailField, familyNameField, filerGivenNameField, peselField, requiredPhoneField } from "../shared/applicant";

export const roadLaneOccupationWorks = defineService({
  id: "road-lane-occupation-works",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Zajęcie pasa drogowego na prowadzenie robót", en: "Occupying the road lane for works" },
  summary: {
    pl: "Uzyskaj zezwolenie na zajęcie jezdni, chodnika lub pobocza drogi gminnej lub powiatowej na czas robót, na przykład budowy przyłącza.",
    en: "Get a permit to occupy the carriageway, pavement or verge of a municipal or district road during works, such as building a utility connection.",
  },
  whoCanApply: {
    pl: "Osoba lub firma, która prowadzi roboty w pasie drogowym – zwykle inwestor lub wykonawca robót.",
    en: "A person or company carrying out works in the road lane – usually the developer or the contractor.",
  },
  whatYouNeed: [
    { pl: "Plan sytuacyjny w skali 1:1000 lub 1:500 z granicami i wymiarami zajęcia pasa drogowego", en: "A site plan at 1:1000 or 1:500 showing the limits and dimensions of the occupied area" },
    { pl: "Zatwierdzony projekt czasowej organizacji ruchu albo informację o sposobie zabezpieczenia robót", en: "An approved temporary traffic management plan, or information on how the works will be secured" },
    { pl: "Harmonogram robót, jeśli zajęcie jest podzielone na etapy", en: "A works schedule, if the occupation is in stages" },
    { pl: "Zgodę zarządcy drogi na lokalizację urządzenia, jeśli w pasie zostanie umieszczone nowe urządzenie", en: "The road manager's consent to the location of the equipment, if new equipment will be placed in the lane" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Za złożenie wniosku nie płacisz. Opłatę za zajęcie pasa drogowego urząd ustala w decyzji: powierzchnia × liczba dni × stawka z uchwały rady (do 10 zł za m² dziennie). Zajęcie bez zezwolenia lub ponad zezwolenie grozi karą w wysokości dziesięciokrotności opłaty.",
      en: "Filing is free. The office sets the occupation fee in the decision: area × days × the council's rate (up to 10 zł per m² per day). Occupying without a permit or beyond it carries a penalty of ten times the fee.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Złóż wniosek z wyprzedzeniem – zezwolenie musisz mieć przed rozpoczęciem robót.",
    en: "Apply in good time – you must have the permit before the works start.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 21 marca 1985 r. o drogach publicznych (art. 40) oraz rozporządzenie Rady Ministrów z dnia 1 czerwca 2004 r. w sprawie określenia warunków udzielania zezwoleń na zajęcie pasa drogowego",
    en: "Act of 21 March 1985 on public roads (Article 40) and the Council of Ministers' Regulation of 1 June 2004 on the conditions for road lane occupation permits",
  },
  departmentCode: "zd",
  jrwaClass: "7230", // JRWA: verify against the office's list
  keywords: ["zajęcie pasa drogowego", "roboty w drodze", "rozkopanie chodnika", "przyłącze", "zajęcie chodnika"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField, applicantTypeField, companyNameField, nipField,
          addressField, emailField, requiredPhoneField,
        ],
      },
      {
        id: "occupation",
        title: { pl: "Miejsce i zakres zajęcia", en: "Place and extent of the occupation" },
        fields: [
          { key: "roadName", kind: "text", label: { pl: "Ulica lub droga", en: "Street or road" }, hint: { pl: "Na przykład ul. Zwycięstwa, droga gminna nr 123456S.", en: "For example, ul. Zwycięstwa, municipal road no. 123456S." }, maxLength: 200 },
          locationField,
          { key: "worksDescription", kind: "long-text", label: { pl: "Rodzaj robót", en: "Type of works" }, hint: { pl: "Na przykład: budowa przyłącza wodociągowego metodą wykopu otwartego.", en: "For example: building a water connection in an open trench." }, maxLength: 2000 },
          {
            key: "occupiedAreas",
            kind: "group",
            label: { pl: "Zajmowane elementy pasa drogowego", en: "Parts of the road lane occupied" },
            hint: { pl: "Dodaj osobno jezdnię, chodnik i inne elementy – każdy z powierzchnią i terminem.", en: "Add the carriageway, pavement and other parts separately – each with its area and dates." },
            itemLabel: { pl: "Element {n}", en: "Part {n}" },
            minItems: 1,
            maxItems: 20,
            fields: [
              {
                key: "element",
                kind: "select",
                label: { pl: "Element pasa drogowego", en: "Part of the road lane" },
                options: [
                  { value: "carriageway-up-to-half", label: { pl: "Jezdnia do 50% szerokości", en: "Carriageway up to 50% of its width" } },
                  { value: "carriageway-over-half", label: { pl: "Jezdnia powyżej 50% szerokości lub całkowite zamknięcie", en: "Carriageway over 50% of its width or full closure" } },
                  { value: "pavement", label: { pl: "Chodnik", en: "Pavement" } },
                  { value: "cycle-path", label: { pl: "Droga rowerowa", en: "Cycle path" } },
                  { value: "verge", label: { pl: "Pobocze, zieleniec lub inny element", en: "Verge, green strip or other part" } },
                ],
              },
              { key: "areaM2", kind: "decimal", label: { pl: "Powierzchnia (m²)", en: "Area (m²)" }, minValue: 0.1, maxValue: 100000, decimals: 2 },
              { key: "period", kind: "date-range", label: { pl: "Okres zajęcia", en: "Occupation period" }, min: "today", max: { daysFromToday: 1095 } },
            ],
          },
          { key: "siteManager", kind: "text", label: { pl: "Osoba odpowiedzialna za prowadzenie robót (imię, nazwisko, telefon)", en: "Person in charge of the works (name, phone)" }, maxLength: 200 },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "sitePlan", kind: "file", label: { pl: "Plan sytuacyjny z granicami i wymiarami zajęcia", en: "Site plan with the occupation's limits and dimensions" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "trafficPlan", kind: "file", label: { pl: "Zatwierdzony projekt organizacji ruchu lub informacja o zabezpieczeniu robót", en: "Approved traffic plan or information on securing the works" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "schedule", kind: "file", label: { pl: "Harmonogram robót", en: "Works schedule" }, hint: { pl: "Tylko przy zajęciu etapowym.", en: "Only for occupation in stages." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "locationConsent", kind: "file", label: { pl: "Zgoda na lokalizację urządzenia w pasie drogowym", en: "Consent to placing the equipment in the road lane" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          powerOfAttorneyField,
        ],
      },
      declarationStep,
    ],
  },
});
