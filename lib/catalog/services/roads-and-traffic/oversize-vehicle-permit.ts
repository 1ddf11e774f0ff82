/**
 * Zezwolenie na przejazd pojazdu nienormatywnego (art. 64–64d of the Road Traffic Law): category I
 * from the road manager, category II from the starost (here the city's mayor), category VII from
 * the mayor of a city with county rights for routes inside the city off motorways and expressways.
 * Data only.
 */
import { defineService } from "../../types";
import { emailField, familyNameField, filerGivenNameField, nipField, peselField, requiredPhoneField } from "../shared/applicant";

export const oversizeVehiclePermit = defineService({
  id: "oversize-vehicle-permit",
  version: 1,
  category: "roads-and-traffic",
  name: { pl: "Zezwolenie na przejazd pojazdu nienormatywnego", en: "Permit for an oversize or overweight vehicle" },
  summary: {
    pl: "Uzyskaj zezwolenie na przejazd po drogach w mieście pojazdem, który przekracza dopuszczalne wymiary, masę lub naciski osi.",
    en: "Get a permit to drive a vehicle that exceeds the permitted dimensions, weight or axle loads on the city's roads.",
  },
  whoCanApply: {
    pl: "Przewoźnik, właściciel lub użytkownik pojazdu nienormatywnego – zwykle firma transportowa.",
    en: "The carrier, owner or user of the oversize vehicle – usually a transport company.",
  },
  whatYouNeed: [
    { pl: "Numery rejestracyjne pojazdów i kopie dowodów rejestracyjnych", en: "The vehicles' registration numbers and copies of their registration certificates" },
    { pl: "Wymiary, masę całkowitą i naciski osi pojazdu z ładunkiem", en: "The dimensions, gross weight and axle loads of the loaded vehicle" },
    { pl: "Proponowaną trasę przejazdu (kategoria VII)", en: "The proposed route (category VII)" },
    { pl: "Dowód zapłaty opłaty za wydanie zezwolenia", en: "Proof of paying the permit fee" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Za złożenie wniosku nie płacisz, ale przed wydaniem zezwolenia trzeba wnieść opłatę za zezwolenie. Jej wysokość zależy od kategorii i okresu ważności (rozporządzenie w sprawie wysokości opłat za wydanie zezwolenia na przejazd pojazdu nienormatywnego) – urząd poda kwotę.",
      en: "Filing is free, but the permit fee must be paid before the permit is issued. It depends on the category and validity period (regulation on fees for oversize vehicle permits) – the office will tell you the amount.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Zezwolenie kategorii VII wydaje się w ciągu 14 dni roboczych od złożenia wniosku; do terminu nie wlicza się uzgadniania trasy z innymi zarządcami dróg.",
    en: "A category VII permit is issued within 14 working days of the application; agreeing the route with other road managers does not count towards the time limit.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 64–64d)",
    en: "Act of 20 June 1997 – Road Traffic Law (Articles 64–64d)",
  },
  departmentCode: "zd",
  jrwaClass: "7241", // JRWA: verify against the office's list
  keywords: ["pojazd nienormatywny", "ponadgabaryt", "transport ponadnormatywny", "przejazd ciężkiego pojazdu", "nacisk osi"],
  form: {
    version: 1,
    steps: [
      {
        id: "applicant",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [
          filerGivenNameField, familyNameField, peselField,
          { key: "companyName", kind: "text", label: { pl: "Pełna nazwa przewoźnika", en: "Carrier's full name" }, maxLength: 300, errors: { required: { pl: "Podaj pełną nazwę przewoźnika", en: "Enter the carrier's full name" } } },
          nipField,
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby", en: "Registered office address" } },
          emailField, requiredPhoneField,
        ],
      },
      {
        id: "permit",
        title: { pl: "Zezwolenie i pojazdy", en: "The permit and the vehicles" },
        fields: [
          {
            key: "permitCategory",
            kind: "radio",
            label: { pl: "O jaką kategorię zezwolenia wnioskujesz?", en: "Which permit category are you applying for?" },
            options: [
              { value: "category-1", label: { pl: "Kategoria I", en: "Category I" }, hint: { pl: "Wymiary i masa w normie, naciski osi większe od dopuszczalnych na drogach zarządzanych przez miasto.", en: "Normal dimensions and weight, axle loads above the limit on roads managed by the city." } },
              { value: "category-2", label: { pl: "Kategoria II", en: "Category II" }, hint: { pl: "Naciski i masa w normie, szerokość do 3,2 m, długość do 15 m (zespół do 23 m), wysokość do 4,3 m.", en: "Normal loads and weight, width up to 3.2 m, length up to 15 m (combination 23 m), height up to 4.3 m." } },
              { value: "category-7", label: { pl: "Kategoria VII", en: "Category VII" }, hint: { pl: "Pojazd, który nie mieści się w kategoriach I–VI; przejazd wyznaczoną trasą.", en: "A vehicle outside categories I–VI; travel on a set route." } },
            ],
            errors: { required: { pl: "Wybierz kategorię zezwolenia", en: "Select the permit category" } },
          },
          {
            key: "validity",
            kind: "radio",
            label: { pl: "Okres ważności zezwolenia", en: "Permit validity" },
            showIf: { field: "permitCategory", in: ["category-1", "category-2"] },
            options: [
              { value: "1m", label: { pl: "1 miesiąc", en: "1 month" } },
              { value: "6m", label: { pl: "6 miesięcy", en: "6 months" } },
              { value: "12m", label: { pl: "12 miesięcy", en: "12 months" } },
            ],
          },
          { key: "travelPeriod", kind: "date-range", label: { pl: "Termin przejazdu", en: "Travel dates" }, showIf: { field: "permitCategory", equals: "category-7" }, min: "today", max: { daysFromToday: 365 } },
          { key: "route", kind: "long-text", label: { pl: "Proponowana trasa przejazdu", en: "Proposed route" }, hint: { pl: "Miejsce początkowe, ulice i miejsce docelowe.", en: "Start point, streets and destination." }, showIf: { field: "permitCategory", equals: "category-7" }, maxLength: 3000 },
          { key: "indivisibleLoad", kind: "yes-no", label: { pl: "Czy ładunek jest niepodzielny?", en: "Is the load indivisible?" }, showIf: { field: "permitCategory", equals: "category-7" } },
          {
            key: "vehicles",
            kind: "group",
            label: { pl: "Pojazdy lub zespół pojazdów", en: "Vehicles or vehicle combination" },
            hint: { pl: "Dodaj ciągnik i każdą przyczepę lub naczepę osobno.", en: "Add the tractor unit and each trailer or semi-trailer separately." },
            itemLabel: { pl: "Pojazd {n}", en: "Vehicle {n}" },
            minItems: 1,
            maxItems: 10,
            fields: [
              { key: "registrationNumber", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny", en: "Registration number" } },
              { key: "vehicleKind", kind: "text", label: { pl: "Rodzaj i marka pojazdu", en: "Vehicle type and make" }, hint: { pl: "Na przykład: ciągnik siodłowy Volvo, naczepa niskopodwoziowa.", en: "For example: Volvo tractor unit, low-loader semi-trailer." }, maxLength: 200 },
            ],
          },
          { key: "lengthM", kind: "decimal", label: { pl: "Długość pojazdu z ładunkiem (m)", en: "Length with load (m)" }, minValue: 1, maxValue: 100, decimals: 2 },
          { key: "widthM", kind: "decimal", label: { pl: "Szerokość pojazdu z ładunkiem (m)", en: "Width with load (m)" }, minValue: 1, maxValue: 20, decimals: 2 },
          { key: "heightM", kind: "decimal", label: { pl: "Wysokość pojazdu z ładunkiem (m)", en: "Height with load (m)" }, minValue: 1, maxValue: 20, decimals: 2 },
          { key: "grossWeightT", kind: "decimal", label: { pl: "Rzeczywista masa całkowita (t)", en: "Actual gross weight (t)" }, minValue: 1, maxValue: 1000, decimals: 2 },
          { key: "axleLoads", kind: "long-text", label: { pl: "Naciski poszczególnych osi i odległości między nimi", en: "Individual axle loads and axle spacing" }, maxLength: 2000 },
          { key: "registrationDocuments", kind: "file", label: { pl: "Dowody rejestracyjne pojazdów", en: "Vehicle registration certificates" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 10 },
          { key: "feeReceipt", kind: "file", label: { pl: "Dowód zapłaty opłaty za zezwolenie", en: "Proof of paying the permit fee" }, hint: { pl: "Możesz go dosłać, gdy urząd poda kwotę.", en: "You can send it later, once the office tells you the amount." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem danych osobowych jest prezydent miasta lub inny organ wydający zezwolenie, w imieniu którego działa urząd. Przetwarzamy je, aby wydać zezwolenie na podstawie Prawa o ruchu drogowym (art. 6 ust. 1 lit. c RODO). Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor or other authority issuing the permit on whose behalf the office acts. We process the data to issue the permit under the Road Traffic Law (Article 6(1)(c) GDPR). You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku, w tym wymiary i masy pojazdu, są zgodne z prawdą.", en: "I declare that the information in this application, including the vehicle's dimensions and weights, is true." },
          },
        ],
      },
    ],
  },
});
