/**
 * Wyrejestrowanie pojazdu (art. 79 of the Road Traffic Law): scrapping, theft, export and the
 * other statutory reasons. Data only.
 */
import { defineService } from "../../types";
import { criminalTruthDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { makeField, plateField, vinField } from "./shared-fields";

export const vehicleDeregistration = defineService({
  id: "vehicle-deregistration",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wyrejestrowanie pojazdu", en: "Deregistering a vehicle" },
  summary: {
    pl: "Wyrejestruj pojazd po demontażu, kradzieży, sprzedaży za granicę lub z innej przyczyny ustawowej.",
    en: "Deregister a vehicle after scrapping, theft, sale abroad or for another statutory reason.",
  },
  whoCanApply: {
    pl: "Właściciel pojazdu albo wszyscy współwłaściciele (lub jeden z nich z pełnomocnictwem od pozostałych).",
    en: "The owner of the vehicle, or all co-owners (or one of them with powers of attorney from the others).",
  },
  whatYouNeed: [
    { pl: "Dowód rejestracyjny, tablice rejestracyjne i kartę pojazdu, jeśli była wydana (przy kradzieży – jeśli je masz)", en: "The registration certificate, the plates and the vehicle card, if issued (after a theft – if you have them)" },
    { pl: "Zaświadczenie o demontażu pojazdu, dokument potwierdzający rejestrację lub zbycie za granicą albo inny dokument potwierdzający przyczynę", en: "A certificate of dismantling, proof of registration or sale abroad, or another document proving the reason" },
    { pl: "Przy kradzieży: zaświadczenie policji o zgłoszeniu kradzieży", en: "After a theft: the police confirmation that the theft was reported" },
    { pl: "Pełnomocnictwo z dowodem zapłaty 17 zł opłaty skarbowej, jeśli działa pełnomocnik", en: "A power of attorney with proof of paying the 17 zł stamp duty, if someone acts on your behalf" },
  ],
  fee: { amountGrosze: 1000, note: { pl: "10 zł za decyzję o wyrejestrowaniu pojazdu.", en: "10 zł for the deregistration decision." } },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Jeśli złożysz komplet dokumentów, urząd zwykle wydaje decyzję od razu.",
    en: "With a complete set of documents, the office usually issues the decision straight away.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 79)",
    en: "Act of 20 June 1997 – Road Traffic Law (Article 79)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5430",
  keywords: ["wyrejestrowanie auta", "kasacja", "złomowanie", "kradzież samochodu", "demontaż"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "vehicle",
        title: { pl: "Pojazd i przyczyna", en: "Vehicle and reason" },
        fields: [
          plateField, vinField, makeField,
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego wyrejestrowujesz pojazd?", en: "Why are you deregistering the vehicle?" },
            options: [
              { value: "dismantled", label: { pl: "Przekazałem/przekazałam go do stacji demontażu lub punktu zbierania pojazdów", en: "I handed it over to a dismantling station or collection point" } },
              { value: "stolen", label: { pl: "Został skradziony", en: "It was stolen" } },
              { value: "exported", label: { pl: "Został zarejestrowany lub sprzedany za granicą", en: "It was registered or sold abroad" } },
              { value: "destroyed-abroad", label: { pl: "Został zniszczony (skasowany) za granicą", en: "It was destroyed (scrapped) abroad" } },
              { value: "lost", label: { pl: "Trwale utraciłem/utraciłam jego posiadanie", en: "I have permanently lost possession of it" } },
            ],
            errors: { required: { pl: "Wybierz przyczynę wyrejestrowania", en: "Select the reason for deregistration" } },
          },
          {
            key: "theftDate",
            kind: "date",
            label: { pl: "Data kradzieży", en: "Date of the theft" },
            showIf: { field: "reason", equals: "stolen" },
            min: { date: "1990-01-01" },
            max: "today",
          },
          {
            key: "reasonDocument",
            kind: "file",
            label: { pl: "Dokument potwierdzający przyczynę", en: "Document proving the reason" },
            hint: {
              pl: "Na przykład zaświadczenie o demontażu, zaświadczenie policji albo dokument rejestracji za granicą (z tłumaczeniem przysięgłym).",
              en: "For example, a certificate of dismantling, a police confirmation or a foreign registration document (with a sworn translation).",
            },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          {
            key: "documentsReturned",
            kind: "radio",
            label: { pl: "Co z dowodem rejestracyjnym i tablicami?", en: "What about the registration certificate and plates?" },
            options: [
              { value: "with-station", label: { pl: "Oddałem/oddałam je stacji demontażu", en: "I gave them to the dismantling station" } },
              { value: "will-return", label: { pl: "Oddam je w urzędzie", en: "I will hand them in at the office" } },
              { value: "lost", label: { pl: "Nie mam ich (utracone lub skradzione)", en: "I don't have them (lost or stolen)" } },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę wyrejestrowania pojazdu i centralną ewidencję pojazdów na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the deregistration and keep the central vehicle register under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
