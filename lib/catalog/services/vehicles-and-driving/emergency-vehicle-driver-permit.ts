/**
 * Zezwolenie na kierowanie pojazdem uprzywilejowanym lub przewożącym wartości pieniężne
 * (art. 106 of the Act on vehicle drivers). Data only.
 */
import { defineService } from "../../types";
import { personWithAddressStep } from "../shared/applicant";
import { accuracyDeclarationField } from "../shared/declaration";

export const emergencyVehicleDriverPermit = defineService({
  id: "emergency-vehicle-driver-permit",
  version: 1,
  category: "vehicles-and-driving",
  name: {
    pl: "Zezwolenie na kierowanie pojazdem uprzywilejowanym lub przewożącym wartości pieniężne",
    en: "Permit to drive emergency vehicles or cash-in-transit vehicles",
  },
  summary: {
    pl: "Uzyskaj, przedłuż lub rozszerz zezwolenie na kierowanie karetką, wozem strażackim albo pojazdem z wartościami pieniężnymi.",
    en: "Get, renew or extend a permit to drive an ambulance, a fire engine or a cash-in-transit vehicle.",
  },
  whoCanApply: {
    pl: "Osoba, która ma co najmniej 21 lat, prawo jazdy odpowiedniej kategorii, orzeczenia lekarskie i psychologiczne o braku przeciwwskazań oraz ukończony kurs dla kierujących pojazdami uprzywilejowanymi (kierowcy ochotniczej straży pożarnej – zaświadczenie wójta lub burmistrza zamiast kursu). Zezwolenie jest ważne 5 lat, nie dłużej niż orzeczenia.",
    en: "Anyone aged 21 or over with a licence of the right category, medical and psychological certificates of fitness and a completed course for emergency vehicle drivers (volunteer fire brigade drivers – a certificate from the mayor instead of the course). The permit is valid for 5 years, never longer than the certificates.",
  },
  whatYouNeed: [
    { pl: "Orzeczenie lekarskie i orzeczenie psychologiczne o braku przeciwwskazań", en: "Medical and psychological certificates of fitness" },
    { pl: "Zaświadczenie o ukończeniu kursu albo zaświadczenie dla kierowcy OSP", en: "The course completion certificate, or the certificate for a volunteer fire brigade driver" },
    { pl: "Aktualną kolorową fotografię 35 × 45 mm", en: "A recent colour photo, 35 × 45 mm" },
    { pl: "Przy przedłużeniu lub rozszerzeniu: dotychczasowe zezwolenie", en: "To renew or extend: your current permit" },
  ],
  fee: {
    amountGrosze: 5050,
    note: { pl: "50 zł za zezwolenie i 0,50 zł opłaty ewidencyjnej.", en: "50 zł for the permit and a 0.50 zł record fee." },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 5 stycznia 2011 r. o kierujących pojazdami (art. 106)",
    en: "Act of 5 January 2011 on vehicle drivers (Article 106)",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5410",
  keywords: ["pojazd uprzywilejowany", "kierowca karetki", "wóz strażacki", "konwój wartości", "zezwolenie uprzywilejowane"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "permit",
        title: { pl: "Zezwolenie", en: "The permit" },
        fields: [
          {
            key: "requestType",
            kind: "radio",
            label: { pl: "Czego dotyczy wniosek?", en: "What are you applying for?" },
            options: [
              { value: "first", label: { pl: "Pierwsze zezwolenie", en: "A first permit" } },
              { value: "renewal", label: { pl: "Przedłużenie ważności", en: "Renewal" } },
              { value: "extension", label: { pl: "Rozszerzenie zakresu", en: "Extending its scope" } },
            ],
            errors: { required: { pl: "Wybierz, czego dotyczy wniosek", en: "Select what you are applying for" } },
          },
          {
            key: "scope",
            kind: "checkboxes",
            label: { pl: "Zakres zezwolenia", en: "Scope of the permit" },
            options: [
              { value: "emergency", label: { pl: "Pojazdy uprzywilejowane", en: "Emergency vehicles" } },
              { value: "cash", label: { pl: "Pojazdy przewożące wartości pieniężne", en: "Cash-in-transit vehicles" } },
            ],
          },
          {
            key: "licenceNumber",
            kind: "text",
            label: { pl: "Numer prawa jazdy", en: "Driving licence number" },
            maxLength: 30,
            errors: { required: { pl: "Podaj numer prawa jazdy", en: "Enter your driving licence number" } },
          },
          {
            key: "employer",
            kind: "text",
            label: { pl: "Podmiot, w którym będziesz kierować (na przykład jednostka OSP, pogotowie)", en: "Where you will drive (for example, a fire brigade or ambulance service)" },
            optional: true,
            maxLength: 200,
          },
          {
            key: "certificates",
            kind: "file",
            label: { pl: "Orzeczenie lekarskie i psychologiczne", en: "Medical and psychological certificates" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "courseCertificate",
            kind: "file",
            label: { pl: "Zaświadczenie o ukończeniu kursu lub zaświadczenie dla kierowcy OSP", en: "Course certificate or volunteer fire brigade certificate" },
            showIf: { field: "requestType", notEquals: "renewal" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "photo",
            kind: "file",
            label: { pl: "Fotografia", en: "Photo" },
            accept: ["jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę zezwolenia na podstawie ustawy o kierujących pojazdami (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the permit under the Act on vehicle drivers (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
