/**
 * Zezwolenie na zajęcie pasa drogowego w celu umieszczenia urządzeń infrastruktury niezwiązanych
 * z potrzebami zarządzania drogami (art. 40 ust. 2 pkt 2 of the Public Roads Act); an annual fee.
 * Data only.
 */
import { defineService } from "../../types";
import { addressField, companyNameField, locationField, nipField, powerOfAttorneyField } from "./shared-fields";
import { contactFields, familyNameField, filerGivenNameField, peselField } from "../shared/applicant";
import { trueAndCurrentDeclarationField } from "../shared/declaration";

export const roadLaneUtilityPlacement = defineService({
  id: "road-lane-utility-placement",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Umieszczenie urządzeń infrastruktury w pasie drogowym", en: "Placing utility equipment in the road lane" },
  summary: {
    pl: "Uzyskaj zezwolenie na umieszczenie w pasie drogowym sieci lub przyłącza (wodociągowego, gazowego, energetycznego, telekomunikacyjnego) na czas jego istnienia.",
    en: "Get a permit to keep a utility line or connection (water, gas, power, telecoms) in the road lane for as long as it exists.",
  },
  whoCanApply: {
    pl: "Właściciel urządzenia, na przykład przedsiębiorstwo sieciowe albo właściciel nieruchomości budujący przyłącze.",
    en: "The owner of the equipment, such as a utility company or a property owner building a connection.",
  },
  whatYouNeed: [
    { pl: "Plan sytuacyjny z lokalizacją urządzeń i powierzchnią ich rzutu w pasie drogowym", en: "A site plan showing the equipment and the area of its projection in the road lane" },
    { pl: "Uzgodnioną dokumentację projektową lub projekt budowlany", en: "The agreed design documentation or building design" },
    { pl: "Zgodę zarządcy drogi na lokalizację urządzenia (jeśli była wydana wcześniej)", en: "The road manager's consent to the location of the equipment (if issued earlier)" },
    { pl: "Pełnomocnictwo i dowód zapłaty 17 zł, jeśli działa pełnomocnik", en: "A power of attorney and proof of paying 17 zł, if a representative acts for you" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Za złożenie wniosku nie płacisz. Opłatę roczną za każdy m² pasa drogowego zajęty przez rzut urządzenia urząd ustala w decyzji według stawek z uchwały rady. Niektóre urządzenia, na przykład przyłącza do budynków mieszkalnych, mogą mieć obniżone stawki, jeśli przewiduje to uchwała.",
      en: "Filing is free. The office sets the annual fee per m² of road lane occupied by the equipment's projection in the decision, at the council's rates. Some equipment, such as connections to homes, may have reduced rates if the resolution provides them.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 21 marca 1985 r. o drogach publicznych (art. 39 ust. 3 i art. 40) oraz rozporządzenie Rady Ministrów z dnia 1 czerwca 2004 r. w sprawie określenia warunków udzielania zezwoleń na zajęcie pasa drogowego",
    en: "Act of 21 March 1985 on public roads (Article 39(3) and Article 40) and the Council of Ministers' Regulation of 1 June 2004 on the conditions for road lane occupation permits",
  },
  departmentCode: "zd",
  jrwaClass: "7230", // JRWA: verify against the office's list
  keywords: ["umieszczenie urządzenia", "przyłącze w drodze", "sieć w pasie drogowym", "opłata roczna", "kabel"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          {
            key: "applicantType",
            kind: "radio",
            label: { pl: "Kto jest właścicielem urządzenia?", en: "Who owns the equipment?" },
            options: [
              { value: "person", label: { pl: "Ja, jako osoba prywatna", en: "Me, as a private person" } },
              { value: "company", label: { pl: "Firma lub instytucja, którą reprezentuję", en: "A company or institution I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto jest właścicielem urządzenia", en: "Select who owns the equipment" } },
          },
          companyNameField, nipField, addressField, ...contactFields,
        ],
      },
      {
        id: "equipment",
        title: { pl: "Urządzenie i jego lokalizacja", en: "The equipment and its location" },
        fields: [
          { key: "roadName", kind: "text", label: { pl: "Ulica lub droga", en: "Street or road" }, maxLength: 200 },
          locationField,
          {
            key: "deviceType",
            kind: "select",
            label: { pl: "Rodzaj urządzenia", en: "Type of equipment" },
            options: [
              { value: "water", label: { pl: "Sieć lub przyłącze wodociągowe", en: "Water main or connection" } },
              { value: "sewer", label: { pl: "Sieć lub przyłącze kanalizacyjne", en: "Sewer or connection" } },
              { value: "gas", label: { pl: "Sieć lub przyłącze gazowe", en: "Gas main or connection" } },
              { value: "power", label: { pl: "Linia lub przyłącze elektroenergetyczne", en: "Power line or connection" } },
              { value: "heat", label: { pl: "Sieć lub przyłącze ciepłownicze", en: "District heating pipe or connection" } },
              { value: "telecom", label: { pl: "Sieć telekomunikacyjna", en: "Telecoms network" } },
              { value: "other", label: { pl: "Inne urządzenie (na przykład słup, szafka)", en: "Other equipment (such as a pole or cabinet)" } },
            ],
            errors: { required: { pl: "Wybierz rodzaj urządzenia", en: "Select the type of equipment" } },
          },
          {
            key: "servesHome",
            kind: "yes-no",
            label: { pl: "Czy urządzenie jest przyłączem do budynku mieszkalnego?", en: "Is the equipment a connection to a residential building?" },
          },
          { key: "projectionAreaM2", kind: "decimal", label: { pl: "Powierzchnia rzutu poziomego urządzenia w pasie drogowym (m²)", en: "Area of the equipment's horizontal projection in the lane (m²)" }, minValue: 0.01, maxValue: 100000, decimals: 2 },
          { key: "placementFrom", kind: "date", label: { pl: "Od kiedy urządzenie będzie umieszczone?", en: "From when will the equipment be in place?" }, min: "today", max: { daysFromToday: 1095 } },
          { key: "locationConsentRef", kind: "text", label: { pl: "Znak zgody na lokalizację urządzenia", en: "Reference of the location consent" }, optional: true, maxLength: 100 },
          { key: "sitePlan", kind: "file", label: { pl: "Plan sytuacyjny z lokalizacją urządzeń", en: "Site plan with the equipment" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "design", kind: "file", label: { pl: "Dokumentacja projektowa", en: "Design documentation" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          powerOfAttorneyField,
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
              pl: "Administratorem danych osobowych jest zarządca drogi: wójt, burmistrz, prezydent miasta lub zarząd powiatu, w imieniu którego działa urząd. Przetwarzamy je, aby wydać zezwolenie i naliczać opłatę roczną na podstawie ustawy o drogach publicznych (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the road manager: the mayor or the district board on whose behalf the office acts. We process the data to issue the permit and charge the annual fee under the Public Roads Act (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          trueAndCurrentDeclarationField,
        ],
      },
    ],
  },
});
