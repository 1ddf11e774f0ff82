/**
 * Zezwolenie na przeprowadzenie imprezy masowej (Act on the safety of mass events, art. 25–29):
 * the application is filed at least 30 days before the event, the opinions of the police, fire
 * service, ambulance service and sanitary inspector at least 14 days before, and the mayor decides
 * at least 7 days before. Data only.
 */
import { defineService } from "../../types";
import { contactFields, identityFields } from "../shared/applicant";

export const massEventPermit = defineService({
  id: "mass-event-permit",
  version: 1,
  category: "culture-sport-and-civic",
  name: { pl: "Zezwolenie na przeprowadzenie imprezy masowej", en: "Mass event permit" },
  summary: {
    pl: "Złóż wniosek o zezwolenie na koncert, festyn, mecz lub inną imprezę masową najpóźniej 30 dni przed jej rozpoczęciem.",
    en: "Apply for a permit for a concert, festival, match or other mass event at least 30 days before it starts.",
  },
  whoCanApply: {
    pl: "Organizator imprezy masowej: osoba prawna, przedsiębiorca, organizacja lub osoba fizyczna. Imprezą masową jest m.in. impreza artystyczno-rozrywkowa lub sportowa na stadionie lub terenie otwartym dla co najmniej 1000 osób, a w hali – dla co najmniej 300 osób.",
    en: "The organiser of a mass event: a legal person, business, organisation or individual. A mass event is, among others, an artistic, entertainment or sports event for at least 1,000 people at a stadium or open area, or at least 300 people in a hall.",
  },
  whatYouNeed: [
    { pl: "Opinie komendanta policji, komendanta straży pożarnej, dysponenta zespołów ratownictwa medycznego i inspektora sanitarnego (najpóźniej 14 dni przed imprezą)", en: "Opinions of the police, the fire service, the emergency medical service and the sanitary inspector (at least 14 days before the event)" },
    { pl: "Graficzny plan obiektu lub terenu z drogami ewakuacyjnymi i instrukcja postępowania na wypadek pożaru", en: "A plan of the venue with evacuation routes, and fire safety instructions" },
    { pl: "Regulamin imprezy i regulamin obiektu", en: "The event rules and the venue rules" },
    { pl: "Informacja o liczbie, rozmieszczeniu i oznakowaniu służb porządkowych i informacyjnych oraz o kierowniku do spraw bezpieczeństwa", en: "Information on the number, placement and marking of stewards and information staff, and on the security manager" },
    { pl: "Umowa ubezpieczenia odpowiedzialności cywilnej organizatora", en: "The organiser's third-party liability insurance policy" },
  ],
  fee: {
    amountGrosze: 8200,
    note: {
      pl: "Opłata skarbowa za zezwolenie: 82 zł, a za złożenie pełnomocnictwa dodatkowo 17 zł. Zwolnione są m.in. jednostki samorządu i organizacje pożytku publicznego działające nieodpłatnie w sferze pożytku publicznego.",
      en: "Stamp duty for the permit: PLN 82, plus PLN 17 for filing a power of attorney. Local government units and public benefit organisations acting free of charge in their public benefit activity are among those exempt.",
    },
  },
  deadline: { kind: "days", days: 23 },
  deadlineNote: {
    pl: "Urząd wydaje decyzję najpóźniej 7 dni przed imprezą; przy wniosku złożonym 30 dni wcześniej to 23 dni.",
    en: "The office decides no later than 7 days before the event; for an application filed 30 days ahead that is 23 days.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 marca 2009 r. o bezpieczeństwie imprez masowych (art. 25–29); ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej",
    en: "Act of 20 March 2009 on the safety of mass events (Articles 25–29); Stamp Duty Act of 16 November 2006",
  },
  departmentCode: "zk",
  jrwaClass: "5362", // JRWA: verify against the office's list
  keywords: ["impreza masowa", "koncert", "festyn", "mecz", "zezwolenie na imprezę"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Dane wnioskodawcy", en: "Applicant details" },
        fields: [
          ...identityFields, ...contactFields,
          {
            key: "organiserType",
            kind: "radio",
            label: { pl: "Kto jest organizatorem imprezy?", en: "Who is organising the event?" },
            options: [
              { value: "person", label: { pl: "Ja, jako osoba fizyczna", en: "Me, as an individual" } },
              { value: "entity", label: { pl: "Firma, organizacja lub instytucja, którą reprezentuję", en: "A company, organisation or institution I represent" } },
            ],
            errors: { required: { pl: "Wybierz, kto jest organizatorem imprezy", en: "Select who is organising the event" } },
          },
          { key: "entityName", kind: "text", label: { pl: "Pełna nazwa organizatora", en: "Organiser's full name" }, showIf: { field: "organiserType", equals: "entity" }, maxLength: 300 },
          { key: "nip", kind: "nip", label: { pl: "NIP", en: "Tax identification number (NIP)" }, showIf: { field: "organiserType", equals: "entity" } },
          { key: "regon", kind: "regon", label: { pl: "REGON", en: "REGON" }, showIf: { field: "organiserType", equals: "entity" }, optional: true },
          { key: "krs", kind: "krs", label: { pl: "Numer KRS", en: "KRS number" }, showIf: { field: "organiserType", equals: "entity" }, optional: true },
          { key: "seatAddress", kind: "address", label: { pl: "Adres siedziby lub zamieszkania organizatora", en: "Organiser's registered or home address" } },
        ],
      },
      {
        id: "event",
        title: { pl: "Impreza", en: "The event" },
        fields: [
          { key: "eventName", kind: "text", label: { pl: "Nazwa imprezy", en: "Name of the event" }, maxLength: 300, errors: { required: { pl: "Podaj nazwę imprezy", en: "Enter the name of the event" } } },
          {
            key: "eventType",
            kind: "radio",
            label: { pl: "Rodzaj imprezy", en: "Type of event" },
            options: [
              { value: "artistic", label: { pl: "Artystyczno-rozrywkowa", en: "Artistic or entertainment" } },
              { value: "sports", label: { pl: "Sportowa", en: "Sports" } },
              { value: "football", label: { pl: "Mecz piłki nożnej", en: "Football match" } },
            ],
          },
          {
            key: "eventDates",
            kind: "date-range",
            label: { pl: "Termin imprezy", en: "Dates of the event" },
            min: { daysFromToday: 30 },
            errors: { tooEarly: { pl: "Wniosek składa się najpóźniej 30 dni przed imprezą – impreza może zacząć się najwcześniej {date}", en: "Apply at least 30 days before the event – it can start on {date} at the earliest" } },
          },
          { key: "eventHours", kind: "text", label: { pl: "Godziny rozpoczęcia i zakończenia", en: "Start and end times" }, hint: { pl: "Na przykład 16:00–23:00.", en: "For example, 16:00–23:00." }, maxLength: 100 },
          { key: "venueName", kind: "text", label: { pl: "Nazwa obiektu lub terenu", en: "Name of the venue or area" }, hint: { pl: "Na przykład Stadion Miejski, Park Chorzowski.", en: "For example, the Municipal Stadium, Chorzów Park." }, maxLength: 300 },
          { key: "venueAddress", kind: "address", label: { pl: "Adres obiektu lub terenu", en: "Address of the venue" } },
          { key: "maxParticipants", kind: "integer", label: { pl: "Maksymalna liczba uczestników", en: "Maximum number of participants" }, minValue: 300, maxValue: 1000000 },
          { key: "stewards", kind: "integer", label: { pl: "Liczba członków służb porządkowych i informacyjnych", en: "Number of stewards and information staff" }, minValue: 1, maxValue: 10000 },
          { key: "securityHead", kind: "text", label: { pl: "Kierownik do spraw bezpieczeństwa", en: "Security manager" }, hint: { pl: "Imię, nazwisko i numer zaświadczenia o ukończeniu szkolenia.", en: "Name and number of the training certificate." }, maxLength: 200 },
          { key: "alcoholSales", kind: "yes-no", label: { pl: "Czy na imprezie będzie sprzedawany alkohol?", en: "Will alcohol be sold at the event?" } },
        ],
      },
      {
        id: "documents",
        title: { pl: "Załączniki", en: "Attachments" },
        fields: [
          { key: "serviceOpinions", kind: "file", label: { pl: "Opinie policji, straży pożarnej, ratownictwa medycznego i sanepidu", en: "Opinions of the police, fire service, medical service and sanitary inspector" }, hint: { pl: "Jeśli jeszcze ich nie masz, doślij je najpóźniej 14 dni przed imprezą.", en: "If you do not have them yet, send them at least 14 days before the event." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 8 },
          { key: "venuePlan", kind: "file", label: { pl: "Plan obiektu lub terenu i instrukcja na wypadek pożaru", en: "Venue plan and fire safety instructions" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 5 },
          { key: "eventRules", kind: "file", label: { pl: "Regulamin imprezy i regulamin obiektu", en: "Event and venue rules" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "securityInfo", kind: "file", label: { pl: "Informacja o służbach porządkowych i informacyjnych", en: "Information on stewards and information staff" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 3 },
          { key: "insurance", kind: "file", label: { pl: "Polisa OC organizatora", en: "Organiser's liability insurance" }, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 2 },
          { key: "powerOfAttorney", kind: "file", label: { pl: "Pełnomocnictwo", en: "Power of attorney" }, hint: { pl: "Jeśli działasz jako pełnomocnik organizatora.", en: "If you act as the organiser's proxy." }, optional: true, accept: ["pdf", "jpg", "png"], maxSizeMb: 10, maxFiles: 1 },
        ],
      },
      {
        id: "declaration",
        title: { pl: "Oświadczenie", en: "Declaration" },
        fields: [
          {
            key: "privacyNotice",
            kind: "info",
            label: { pl: "Jak przetwarzamy dane", en: "How we use the data" },
            hint: {
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby wydać zezwolenie na podstawie ustawy o bezpieczeństwie imprez masowych (art. 6 ust. 1 lit. c RODO), i przekazujemy je służbom opiniującym. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to issue the permit under the Act on the safety of mass events (Article 6(1)(c) GDPR) and share it with the services giving opinions. You may access and correct the data and complain to the President of the Personal Data Protection Office.",
            },
          },
          {
            key: "accuracyDeclaration",
            kind: "consent",
            label: { pl: "Oświadczam, że dane we wniosku i w załącznikach są zgodne z prawdą.", en: "I declare that the information in the application and attachments is true." },
          },
        ],
      },
    ],
  },
});
