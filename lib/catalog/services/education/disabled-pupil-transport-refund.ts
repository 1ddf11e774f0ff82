/**
 * Zwrot kosztów przewozu niepełnosprawnego dziecka lub ucznia przez rodzica (art. 32 ust. 6,
 * art. 39 ust. 4 and art. 39a of the School Education Law): settled by an agreement between the
 * mayor and the parent. Data only.
 */
import { defineService } from "../../types";
import { childFamilyNameField, childGivenNameField } from "./shared-fields";
import { contactFields, homeAddressField, identityFields } from "../shared/applicant";

export const disabledPupilTransportRefund = defineService({
  id: "disabled-pupil-transport-refund",
  version: 1,
  category: "education",
  name: { pl: "Zwrot kosztów dowozu dziecka z niepełnosprawnością", en: "Refund for driving a disabled child to school" },
  summary: {
    pl: "Złóż wniosek o zwrot kosztów, gdy sam lub sama dowozisz dziecko z niepełnosprawnością do przedszkola, szkoły lub ośrodka.",
    en: "Apply for a refund of costs when you drive your disabled child to preschool, school or a centre yourself.",
  },
  whoCanApply: {
    pl: "Rodzic lub opiekun prawny dziecka z niepełnosprawnością, które ma orzeczenie o potrzebie kształcenia specjalnego (albo o niepełnosprawności – dla zajęć rewalidacyjno-wychowawczych), jeśli dowozi je własnym samochodem.",
    en: "A parent or legal guardian of a disabled child with a special education needs certificate (or a disability certificate, for rehabilitation classes) who drives the child in their own car.",
  },
  whatYouNeed: [
    { pl: "Orzeczenie o potrzebie kształcenia specjalnego lub o niepełnosprawności dziecka", en: "The child's special education needs or disability certificate" },
    { pl: "Dowód rejestracyjny samochodu, którym dowozisz dziecko", en: "The registration certificate of the car you use" },
    { pl: "Dane o średnim zużyciu paliwa samochodu według producenta", en: "The car's average fuel consumption according to the manufacturer" },
    { pl: "Zaświadczenie z placówki, do której uczęszcza dziecko", en: "A certificate from the school or centre your child attends" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Wniosek jest bezpłatny.", en: "The application is free." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Zwrot następuje na podstawie umowy z gminą. Stawkę oblicza się według wzoru z art. 39a: odległość × średnia cena paliwa w gminie (z uchwały rady) × średnie zużycie paliwa samochodu / 100.",
    en: "The refund is paid under an agreement with the municipality. It follows the formula in Article 39a: distance × the average fuel price in the municipality (set by the council) × the car's average fuel consumption / 100.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 14 grudnia 2016 r. – Prawo oświatowe (art. 32 ust. 6, art. 39 ust. 4, art. 39a)",
    en: "Act of 14 December 2016 – School Education Law (Article 32(6), Article 39(4), Article 39a)",
  },
  departmentCode: "ow",
  jrwaClass: "4430", // JRWA: verify against the office's list
  keywords: ["dowóz dziecka", "zwrot za dojazd", "dziecko niepełnosprawne", "kilometrówka", "dowożenie do szkoły"],
  form: {
    version: 1,
    steps: [
      {
        id: "parent",
        title: { pl: "Dane wnioskodawcy", en: "Applicant's details" },
        fields: [...identityFields, homeAddressField, ...contactFields],
      },
      {
        id: "child",
        title: { pl: "Dziecko i placówka", en: "Your child and the school" },
        fields: [
          childGivenNameField, childFamilyNameField,
          { key: "childPesel", kind: "pesel", label: { pl: "Numer PESEL dziecka", en: "Child's PESEL number" } },
          { key: "schoolName", kind: "text", label: { pl: "Nazwa placówki, do której dowozisz dziecko", en: "Name of the school or centre" }, maxLength: 300 },
          { key: "schoolAddress", kind: "address", label: { pl: "Adres placówki", en: "Address of the school or centre" } },
          { key: "schoolYear", kind: "date-range", label: { pl: "Okres dowożenia", en: "Period of transport" }, hint: { pl: "Zwykle rok szkolny, na przykład od 1 września do 30 czerwca.", en: "Usually the school year, for example 1 September to 30 June." }, min: { daysFromToday: -365 }, max: { daysFromToday: 730 } },
        ],
      },
      {
        id: "transport",
        title: { pl: "Przejazdy i samochód", en: "Journeys and the car" },
        fields: [
          { key: "distanceKm", kind: "decimal", label: { pl: "Odległość z domu do placówki i z powrotem (km)", en: "Distance from home to the school and back (km)" }, hint: { pl: "Najkrótsza trasa przejazdu publicznymi drogami.", en: "The shortest route on public roads." }, minValue: 0.1, maxValue: 1000, decimals: 1 },
          {
            key: "combinedWithWork",
            kind: "yes-no",
            label: { pl: "Czy po drodze jedziesz do pracy?", en: "Do you drive on to work on the way?" },
            hint: { pl: "Wtedy zwrot obejmuje tylko różnicę między trasą dom–placówka–praca a trasą dom–praca.", en: "Then the refund only covers the difference between the home–school–work route and the home–work route." },
          },
          { key: "commuteDistanceKm", kind: "decimal", label: { pl: "Odległość z domu do pracy i z powrotem (km)", en: "Distance from home to work and back (km)" }, showIf: { field: "combinedWithWork", equals: true }, minValue: 0.1, maxValue: 1000, decimals: 1 },
          { key: "vehicleRegistration", kind: "vehicle-registration", label: { pl: "Numer rejestracyjny samochodu", en: "Car registration number" } },
          { key: "fuelUsage", kind: "decimal", label: { pl: "Średnie zużycie paliwa według producenta (l na 100 km)", en: "Average fuel consumption per the manufacturer (l per 100 km)" }, minValue: 1, maxValue: 30, decimals: 1 },
          { key: "bankAccount", kind: "bank-account", label: { pl: "Numer rachunku do zwrotu kosztów", en: "Bank account for the refund" } },
          { key: "certificate", kind: "file", label: { pl: "Orzeczenie o potrzebie kształcenia specjalnego lub o niepełnosprawności", en: "Special education needs or disability certificate" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "registrationCertificate", kind: "file", label: { pl: "Dowód rejestracyjny samochodu", en: "Car registration certificate" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "attendanceCertificate", kind: "file", label: { pl: "Zaświadczenie o uczęszczaniu do placówki", en: "Certificate of attendance" }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
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
              pl: "Administratorem danych osobowych jest wójt, burmistrz lub prezydent miasta właściwy dla urzędu, do którego składasz wniosek. Przetwarzamy dane Twoje i dziecka, w tym o zdrowiu, aby zawrzeć umowę i zwracać koszty dowozu na podstawie Prawa oświatowego (art. 6 ust. 1 lit. b i c oraz art. 9 ust. 2 lit. g RODO). Masz prawo dostępu do danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
              en: "The controller of personal data is the mayor (wójt, burmistrz or prezydent miasta) of the office you apply to. We process your and your child's data, including health data, to conclude the agreement and refund transport costs under the School Education Law (Article 6(1)(b) and (c) and Article 9(2)(g) GDPR). You have the right to access and correct the data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane podane we wniosku są zgodne z prawdą i że sam lub sama dowożę dziecko do placówki.", en: "I declare that the information in this application is true and that I drive my child to the school myself." },
          },
        ],
      },
    ],
  },
});
