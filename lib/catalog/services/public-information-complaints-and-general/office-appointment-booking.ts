/**
 * Rezerwacja wizyty w urzędzie (e-kolejka): an organisational service, not administrative
 * proceedings; the front office confirms a slot on the requested day. A Polish Sign Language
 * interpreter must be requested 3 working days ahead (Act on sign language, art. 12). Data only.
 */
import { defineService } from "../../types";
import { familyNameField, givenNameField } from "../shared/applicant";

export const officeAppointmentBooking = defineService({
  id: "office-appointment-booking",
  version: 1,
  category: "public-information-complaints-and-general",
  name: { pl: "Rezerwacja wizyty w urzędzie", en: "Booking an appointment at the office" },
  summary: {
    pl: "Umów się na wizytę w urzędzie w wybranym dniu, żeby nie czekać w kolejce.",
    en: "Book a visit to the office on a chosen day so you do not have to queue.",
  },
  whoCanApply: {
    pl: "Każdy, kto musi załatwić sprawę osobiście, na przykład odebrać dowód osobisty, zarejestrować pojazd lub złożyć podpis.",
    en: "Anyone who has to deal with a matter in person, for example collecting an ID card, registering a vehicle or signing a document.",
  },
  whatYouNeed: [
    { pl: "Rodzaj sprawy i preferowany dzień wizyty", en: "The type of matter and your preferred day" },
    { pl: "Adres e-mail, na który wyślemy potwierdzenie godziny", en: "An email address for the confirmation of the time" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Rezerwacja jest bezpłatna.", en: "Booking is free of charge." } },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Urząd potwierdza godzinę wizyty e-mailem najpóźniej w następnym dniu roboczym. Jeśli nie możesz przyjść, odwołaj wizytę na koncie w portalu.",
    en: "The office confirms the time by email by the next working day at the latest. If you cannot come, cancel the visit in your portal account.",
  },
  legalBasis: {
    pl: "Usługa organizacyjna urzędu (regulamin organizacyjny urzędu); tłumacz języka migowego – ustawa z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach komunikowania się (art. 12)",
    en: "An organisational service of the office (the office's organisational rules); sign language interpreter – Act of 19 August 2011 on sign language and other means of communication (Article 12)",
  },
  departmentCode: "bok",
  jrwaClass: "0143", // JRWA: verify against the office's list (bookings are usually not registered as cases)
  keywords: ["wizyta", "rezerwacja", "kolejka", "e-kolejka", "umówienie terminu", "numerek"],
  form: {
    version: 1,
    steps: [
      {
        id: "person",
        title: { pl: "Twoje dane", en: "Your details" },
        fields: [
          givenNameField, familyNameField,
          {
            key: "email",
            kind: "email",
            label: { pl: "Adres e-mail do potwierdzenia", en: "Email address for the confirmation" },
            autocomplete: "email",
            errors: { required: { pl: "Podaj adres e-mail, na który wyślemy potwierdzenie", en: "Enter the email address for the confirmation" } },
          },
          { key: "phone", kind: "phone", label: { pl: "Numer telefonu", en: "Phone number" }, hint: { pl: "Przypomnimy SMS-em dzień przed wizytą.", en: "We will send a text reminder the day before." }, optional: true, autocomplete: "tel" },
        ],
      },
      {
        id: "visit",
        title: { pl: "Wizyta", en: "The visit" },
        fields: [
          {
            key: "caseType",
            kind: "select",
            label: { pl: "Jaką sprawę chcesz załatwić?", en: "What matter do you need to deal with?" },
            options: [
              { value: "residence-identity", label: { pl: "Meldunek, PESEL, dowód osobisty", en: "Residence, PESEL, ID card" } },
              { value: "civil-registry", label: { pl: "Urząd Stanu Cywilnego", en: "Civil registry" } },
              { value: "vehicles", label: { pl: "Rejestracja pojazdu", en: "Vehicle registration" } },
              { value: "driving-licence", label: { pl: "Prawo jazdy", en: "Driving licence" } },
              { value: "taxes", label: { pl: "Podatki i opłaty lokalne", en: "Local taxes and fees" } },
              { value: "business", label: { pl: "Działalność gospodarcza i zezwolenia", en: "Business and licences" } },
              { value: "construction", label: { pl: "Budownictwo i planowanie", en: "Construction and planning" } },
              { value: "benefits", label: { pl: "Świadczenia i dodatki mieszkaniowe", en: "Benefits and housing allowances" } },
              { value: "other", label: { pl: "Inna sprawa", en: "Something else" } },
            ],
            errors: { required: { pl: "Wybierz, jaką sprawę chcesz załatwić", en: "Select the matter you need to deal with" } },
          },
          { key: "caseDetails", kind: "text", label: { pl: "Krótko opisz sprawę", en: "Briefly describe the matter" }, hint: { pl: "Na przykład: odbiór dowodu osobistego.", en: "For example: collecting an ID card." }, optional: true, maxLength: 200 },
          {
            key: "visitDate",
            kind: "date",
            label: { pl: "Preferowany dzień wizyty", en: "Preferred day" },
            hint: { pl: "Urząd jest czynny od poniedziałku do piątku.", en: "The office is open Monday to Friday." },
            min: { daysFromToday: 1 },
            max: { daysFromToday: 60 },
            errors: {
              required: { pl: "Podaj preferowany dzień wizyty", en: "Enter your preferred day" },
              tooEarly: { pl: "Wizytę można zarezerwować najwcześniej na jutro, czyli {date}", en: "The earliest you can book is tomorrow, {date}" },
              tooLate: { pl: "Wizytę można zarezerwować najpóźniej na {date}", en: "The latest you can book is {date}" },
            },
          },
          {
            key: "timeOfDay",
            kind: "radio",
            label: { pl: "Pora wizyty", en: "Time of day" },
            options: [
              { value: "morning", label: { pl: "Rano (8:00–12:00)", en: "Morning (8:00–12:00)" } },
              { value: "afternoon", label: { pl: "Po południu (12:00–16:00)", en: "Afternoon (12:00–16:00)" } },
              { value: "any", label: { pl: "Dowolna", en: "Any time" } },
            ],
          },
          {
            key: "accessibilityNeeds",
            kind: "checkboxes",
            label: { pl: "Czy potrzebujesz wsparcia podczas wizyty?", en: "Do you need support during the visit?" },
            hint: { pl: "Tłumacza języka migowego zamów co najmniej 3 dni robocze przed wizytą.", en: "Book a sign language interpreter at least 3 working days before the visit." },
            optional: true,
            options: [
              { value: "wheelchair", label: { pl: "Dostęp bez schodów (poruszam się na wózku)", en: "Step-free access (I use a wheelchair)" } },
              { value: "sign-language", label: { pl: "Tłumacz polskiego języka migowego", en: "Polish Sign Language interpreter" } },
              { value: "induction-loop", label: { pl: "Pętla indukcyjna", en: "Induction loop" } },
              { value: "assistance", label: { pl: "Pomoc pracownika przy wejściu", en: "A member of staff to meet me at the entrance" } },
            ],
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
              pl: "Administratorem danych jest wójt, burmistrz lub prezydent miasta. Przetwarzamy je, aby zarezerwować i obsłużyć wizytę (art. 6 ust. 1 lit. e RODO), i usuwamy je po wizycie. Masz prawo dostępu do danych, ich sprostowania, usunięcia i wniesienia skargi do Prezesa UODO.",
              en: "The controller is the mayor. We process the data to book and handle the visit (Article 6(1)(e) GDPR) and delete it after the visit. You may access, correct and erase your data and complain to the President of the Personal Data Protection Office.",
            },
          },
          { key: "accuracyDeclaration", kind: "consent", label: { pl: "Potwierdzam, że dane rezerwacji są prawidłowe.", en: "I confirm that the booking details are correct." } },
        ],
      },
    ],
  },
});
