/**
 * Zezwolenie na zajęcie pasa drogowego w celu umieszczenia obiektów budowlanych lub reklam albo
 * na prawach wyłączności, e.g. a café garden (art. 40 ust. 2 pkt 3–4 of the Public Roads Act).
 * Data only.
 */
import { defineService } from "../../types";
import { addressField, applicantTypeField, companyNameField, declarationStep, nipField, powerOfAttorneyField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, peselField } from "../shared/applicant";

export const roadLaneOtherOccupation = defineService({
  id: "road-lane-other-occupation",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Zajęcie pasa drogowego na ogródek, reklamę lub stoisko", en: "Occupying the road lane for a café garden, advert or stall" },
  summary: {
    pl: "Uzyskaj zezwolenie na ustawienie w pasie drogowym ogródka gastronomicznego, reklamy, kiosku, stoiska lub innego obiektu.",
    en: "Get a permit to place a café garden, advert, kiosk, stall or other object in the road lane.",
  },
  whoCanApply: {
    pl: "Osoba lub firma, która chce umieścić obiekt lub reklamę w pasie drogowym albo korzystać z jego części na wyłączność.",
    en: "A person or company that wants to place an object or advert in the road lane, or use part of it exclusively.",
  },
  whatYouNeed: [
    { pl: "Plan sytuacyjny z lokalizacją i wymiarami zajmowanej powierzchni", en: "A site plan showing the location and dimensions of the occupied area" },
    { pl: "Projekt lub wizualizację obiektu albo reklamy", en: "A design or visualisation of the object or advert" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Za złożenie wniosku nie płacisz. Opłatę za zajęcie (za m² dziennie, dla reklam za m² powierzchni reklamy) urząd ustala w decyzji według stawek z uchwały rady.",
      en: "Filing is free. The office sets the occupation fee (per m² per day; for adverts per m² of advert area) in the decision, at the council's rates.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 21 marca 1985 r. o drogach publicznych (art. 40 ust. 2 pkt 3–4) oraz rozporządzenie Rady Ministrów z dnia 1 czerwca 2004 r. w sprawie określenia warunków udzielania zezwoleń na zajęcie pasa drogowego",
    en: "Act of 21 March 1985 on public roads (Article 40(2)(3)–(4)) and the Council of Ministers' Regulation of 1 June 2004 on the conditions for road lane occupation permits",
  },
  departmentCode: "zd",
  jrwaClass: "7230", // JRWA: verify against the office's list
  keywords: ["ogródek gastronomiczny", "reklama przy drodze", "stoisko", "zajęcie chodnika", "kiosk"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField, applicantTypeField, companyNameField, nipField,
          addressField, ...contactFields,
        ],
      },
      {
        id: "occupation",
        title: { pl: "Obiekt i miejsce", en: "The object and the place" },
        fields: [
          {
            key: "objectType",
            kind: "radio",
            label: { pl: "Co chcesz umieścić w pasie drogowym?", en: "What do you want to place in the road lane?" },
            options: [
              { value: "cafe-garden", label: { pl: "Ogródek gastronomiczny", en: "Café garden" } },
              { value: "advert", label: { pl: "Reklamę", en: "An advert" } },
              { value: "kiosk", label: { pl: "Kiosk, pawilon lub inny obiekt budowlany", en: "A kiosk, pavilion or other structure" } },
              { value: "stall", label: { pl: "Stoisko handlowe lub promocyjne", en: "A sales or promotional stall" } },
              { value: "other", label: { pl: "Inne zajęcie na prawach wyłączności", en: "Other exclusive use" } },
            ],
            errors: { required: { pl: "Wybierz, co chcesz umieścić", en: "Select what you want to place" } },
          },
          { key: "roadName", kind: "text", label: { pl: "Ulica lub droga", en: "Street or road" }, maxLength: 200 },
          { key: "location", kind: "long-text", label: { pl: "Dokładna lokalizacja", en: "Exact location" }, hint: { pl: "Na przykład: chodnik przed budynkiem ul. Zwycięstwa 21.", en: "For example: the pavement in front of ul. Zwycięstwa 21." }, maxLength: 1000 },
          { key: "areaM2", kind: "decimal", label: { pl: "Zajmowana powierzchnia pasa drogowego (m²)", en: "Occupied area of the road lane (m²)" }, minValue: 0.1, maxValue: 10000, decimals: 2 },
          { key: "advertAreaM2", kind: "decimal", label: { pl: "Powierzchnia reklamy (m²)", en: "Advert area (m²)" }, showIf: { field: "objectType", equals: "advert" }, minValue: 0.1, maxValue: 1000, decimals: 2 },
          { key: "period", kind: "date-range", label: { pl: "Okres zajęcia", en: "Occupation period" }, min: "today", max: { daysFromToday: 1095 } },
          { key: "sitePlan", kind: "file", label: { pl: "Plan sytuacyjny z wymiarami zajęcia", en: "Site plan with the dimensions" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "visualisation", kind: "file", label: { pl: "Projekt lub wizualizacja obiektu albo reklamy", en: "Design or visualisation" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          powerOfAttorneyField,
        ],
      },
      declarationStep,
    ],
  },
});
