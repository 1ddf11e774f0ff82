/**
 * Rejestracja pojazdu (also re-registration after a change of owner): the fields of the
 * registration application under the Road Traffic Act. Data only.
 */
import { defineService } from "../../types";
import { contactWithHintFields, identityFields, residenceAddressField } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const vehicleRegistration = defineService({
  id: "vehicle-registration",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Rejestracja pojazdu", en: "Registering a vehicle" },
  summary: {
    pl: "Złóż wniosek o rejestrację kupionego, sprowadzonego lub nowego pojazdu.",
    en: "Apply to register a vehicle you have bought, imported or bought new.",
  },
  whoCanApply: {
    pl: "Właściciel pojazdu (wszyscy współwłaściciele albo jeden z nich z pełnomocnictwem od pozostałych). Złóż wniosek w ciągu 30 dni od dnia nabycia pojazdu lub sprowadzenia go do Polski – po tym terminie starosta nakłada karę pieniężną.",
    en: "The owner of the vehicle (all co-owners, or one of them with powers of attorney from the others). Apply within 30 days of acquiring the vehicle or bringing it to Poland – after that the district head imposes a fine.",
  },
  whatYouNeed: [
    { pl: "Dowód własności pojazdu, na przykład umowę sprzedaży, fakturę lub umowę darowizny", en: "Proof of ownership, such as a sales contract, an invoice or a deed of gift" },
    { pl: "Dotychczasowy dowód rejestracyjny i tablice rejestracyjne, jeśli pojazd był już zarejestrowany", en: "The current registration certificate and plates, if the vehicle was registered before" },
    { pl: "Kartę pojazdu, jeśli była wydana", en: "The vehicle card, if one was issued" },
    { pl: "Zaświadczenie o pozytywnym wyniku badania technicznego, jeśli jest wymagane (na przykład dla pojazdu sprowadzonego z zagranicy)", en: "A certificate of a passed roadworthiness test, where required (for example, for an imported vehicle)" },
    { pl: "Dla pojazdu sprowadzonego: dokumenty zagraniczne z tłumaczeniem przysięgłym i dokument potwierdzający zapłatę akcyzy lub zwolnienie z niej", en: "For an imported vehicle: the foreign documents with a sworn translation and proof that excise duty was paid or is not due" },
    { pl: "Numer polisy obowiązkowego ubezpieczenia OC", en: "The number of your compulsory third-party (OC) insurance policy" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: {
    amountGrosze: 18050,
    note: {
      pl: "180,50 zł dla samochodu z nowymi tablicami: dowód rejestracyjny 54 zł, pozwolenie czasowe 13,50 zł, tablice 80 zł, nalepka kontrolna 18,50 zł, znaki legalizacyjne 12,50 zł i opłaty ewidencyjne. Jeśli zachowujesz dotychczasowe tablice, zapłacisz 87,50 zł. Przy pierwszej rejestracji w Polsce dochodzi karta pojazdu (75,50 zł). Tablice indywidualne kosztują 1000 zł.",
      en: "180.50 zł for a car with new plates: registration certificate 54 zł, temporary permit 13.50 zł, plates 80 zł, control sticker 18.50 zł, legalisation stickers 12.50 zł, plus record fees. If you keep the current plates, you pay 87.50 zł. A first registration in Poland adds the vehicle card (75.50 zł). Personalised plates cost 1,000 zł.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Urząd rejestruje pojazd czasowo od razu po sprawdzeniu wniosku (pozwolenie czasowe ważne 30 dni); stały dowód rejestracyjny odbierzesz zwykle w tym czasie.",
    en: "The office registers the vehicle temporarily as soon as it has checked the application (a temporary permit valid for 30 days); the permanent registration certificate is usually ready within that time.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 72 i 73)",
    en: "Act of 20 June 1997 – Road Traffic Law (Articles 72 and 73)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list (vehicle registration is a district-level task).
  jrwaClass: "5430",
  keywords: ["rejestracja auta", "przerejestrowanie", "samochód", "tablice rejestracyjne", "dowód rejestracyjny"],
  form: {
    version: 1,
    steps: [
      {
        id: "owner",
        title: { pl: "Twoje dane", en: "Your details" },
        description: {
          pl: "Imię, nazwisko i numer PESEL pobraliśmy z Twojej tożsamości potwierdzonej przy logowaniu.",
          en: "Your name and PESEL number come from the identity you confirmed when signing in.",
        },
        fields: [
          ...identityFields, residenceAddressField, ...contactWithHintFields,
          {
            key: "hasCoOwners",
            kind: "yes-no",
            label: { pl: "Czy pojazd ma współwłaścicieli?", en: "Does the vehicle have co-owners?" },
            errors: { required: { pl: "Odpowiedz, czy pojazd ma współwłaścicieli", en: "Select whether the vehicle has co-owners" } },
          },
          {
            key: "coOwners",
            kind: "group",
            label: { pl: "Współwłaściciele", en: "Co-owners" },
            hint: {
              pl: "Każdy współwłaściciel podpisuje wniosek albo daje Ci pełnomocnictwo.",
              en: "Each co-owner signs the application or gives you a power of attorney.",
            },
            showIf: { field: "hasCoOwners", equals: true },
            itemLabel: { pl: "Współwłaściciel {n}", en: "Co-owner {n}" },
            minItems: 1,
            maxItems: 5,
            fields: [
              { key: "coOwnerName", kind: "text", label: { pl: "Imię i nazwisko lub nazwa", en: "Name" }, maxLength: 200 },
              { key: "coOwnerPesel", kind: "pesel", label: { pl: "Numer PESEL", en: "PESEL number" }, optional: true },
              { key: "coOwnerAddress", kind: "address", label: { pl: "Adres", en: "Address" } },
            ],
          },
        ],
      },
      {
        id: "vehicle",
        title: { pl: "Pojazd", en: "The vehicle" },
        fields: [
          {
            key: "vin",
            kind: "vin",
            label: { pl: "Numer VIN", en: "VIN" },
            hint: { pl: "17 znaków, znajdziesz go w dowodzie rejestracyjnym (pole E).", en: "17 characters, shown in the registration certificate (field E)." },
            errors: { required: { pl: "Podaj numer VIN pojazdu", en: "Enter the vehicle's VIN" } },
          },
          { key: "make", kind: "text", label: { pl: "Marka", en: "Make" }, maxLength: 60 },
          { key: "model", kind: "text", label: { pl: "Model", en: "Model" }, maxLength: 60 },
          { key: "productionYear", kind: "integer", label: { pl: "Rok produkcji", en: "Year of manufacture" }, minValue: 1900, maxValue: 2100 },
          {
            key: "origin",
            kind: "radio",
            label: { pl: "Skąd pochodzi pojazd?", en: "Where does the vehicle come from?" },
            options: [
              { value: "registered-pl", label: { pl: "Był zarejestrowany w Polsce", en: "It was registered in Poland" } },
              { value: "new", label: { pl: "Jest nowy, kupiony w Polsce", en: "It is new, bought in Poland" } },
              { value: "imported", label: { pl: "Sprowadziłem/sprowadziłam go z zagranicy", en: "I imported it from abroad" } },
            ],
            errors: { required: { pl: "Wybierz, skąd pochodzi pojazd", en: "Select where the vehicle comes from" } },
          },
          {
            key: "currentPlate",
            kind: "vehicle-registration",
            label: { pl: "Dotychczasowy numer rejestracyjny", en: "Current registration number" },
            showIf: { field: "origin", equals: "registered-pl" },
          },
          {
            key: "keepPlates",
            kind: "yes-no",
            label: { pl: "Czy chcesz zachować dotychczasowe tablice rejestracyjne?", en: "Do you want to keep the current plates?" },
            hint: {
              pl: "Możesz je zachować bez względu na to, w którym powiecie pojazd był zarejestrowany (nie dotyczy tablic indywidualnych i starego wzoru).",
              en: "You can keep them whichever district the vehicle was registered in (not for personalised or old-style plates).",
            },
            showIf: { field: "origin", equals: "registered-pl" },
          },
          {
            key: "acquisitionDate",
            kind: "date",
            label: { pl: "Data nabycia lub sprowadzenia pojazdu", en: "Date you acquired or imported the vehicle" },
            min: { date: "1950-01-01" },
            max: "today",
            errors: { required: { pl: "Podaj datę nabycia pojazdu", en: "Enter the date you acquired the vehicle" } },
          },
          {
            key: "insurancePolicy",
            kind: "text",
            label: { pl: "Numer polisy OC", en: "Third-party (OC) insurance policy number" },
            maxLength: 40,
            errors: { required: { pl: "Podaj numer polisy OC", en: "Enter the OC policy number" } },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          {
            key: "ownershipProof",
            kind: "file",
            label: { pl: "Dowód własności pojazdu", en: "Proof of ownership" },
            hint: { pl: "Umowa, faktura lub inny dokument nabycia; przy kilku umowach dołącz wszystkie.", en: "A contract, invoice or other proof of acquisition; attach all of them if there are several." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "registrationDocuments",
            kind: "file",
            label: { pl: "Dotychczasowy dowód rejestracyjny i karta pojazdu", en: "Current registration certificate and vehicle card" },
            hint: { pl: "Skan lub zdjęcie; oryginały oddasz w urzędzie przy odbiorze.", en: "A scan or photo; you hand in the originals when you collect the new documents." },
            showIf: { field: "origin", equals: "registered-pl" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 4,
          },
          {
            key: "importDocuments",
            kind: "file",
            label: { pl: "Dokumenty pojazdu sprowadzonego", en: "Documents of the imported vehicle" },
            hint: {
              pl: "Zagraniczny dowód rejestracyjny z tłumaczeniem, zaświadczenie o badaniu technicznym, potwierdzenie akcyzy.",
              en: "The foreign registration certificate with a translation, the roadworthiness certificate, proof of excise duty.",
            },
            showIf: { field: "origin", equals: "imported" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 8,
          },
          {
            key: "powerOfAttorney",
            kind: "file",
            label: { pl: "Pełnomocnictwa współwłaścicieli", en: "Powers of attorney from co-owners" },
            showIf: { field: "hasCoOwners", equals: true },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę rejestracji pojazdu i centralną ewidencję pojazdów na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the vehicle registration and keep the central vehicle register under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
