/**
 * Wymiana dowodu rejestracyjnego lub wydanie wtórnika: change of data, no room for test stamps,
 * loss or damage. Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { personWithAddressStep } from "../shared/applicant";
import { plateField, vinField } from "./shared-fields";

export const registrationCertificateReplacement = defineService({
  id: "registration-certificate-replacement",
  version: 1,
  category: "vehicles-and-driving",
  name: { pl: "Wymiana lub wtórnik dowodu rejestracyjnego", en: "Replacing a vehicle registration certificate" },
  summary: {
    pl: "Wymień dowód rejestracyjny po zmianie danych, gdy brakuje miejsca na badania, albo zamów wtórnik po utracie.",
    en: "Replace the registration certificate after a change of details or when it has no room left for test stamps, or order a duplicate after a loss.",
  },
  whoCanApply: {
    pl: "Właściciel pojazdu. Zmianę danych (na przykład adresu, nazwiska, danych technicznych) zgłoś w ciągu 30 dni.",
    en: "The owner of the vehicle. Report a change of details (for example, address, surname, technical data) within 30 days.",
  },
  whatYouNeed: [
    { pl: "Dotychczasowy dowód rejestracyjny, jeśli go masz", en: "The current registration certificate, if you have it" },
    { pl: "Dokument potwierdzający zmianę danych, na przykład zaświadczenie ze stacji kontroli pojazdów", en: "A document confirming the change, for example a certificate from a vehicle inspection station" },
    { pl: "Przy utracie: oświadczenie o utracie dowodu", en: "After a loss: a statement that the certificate was lost" },
  ],
  fee: {
    amountGrosze: 5450,
    note: {
      pl: "54 zł za dowód rejestracyjny i 0,50 zł opłaty ewidencyjnej. Jeśli potrzebujesz pozwolenia czasowego na czas oczekiwania (na przykład po utracie dowodu), dochodzi 14 zł.",
      en: "54 zł for the certificate and a 0.50 zł record fee. If you need a temporary permit while you wait (for example, after losing the certificate), add 14 zł.",
    },
  },
  deadline: { kind: "months", months: 1 },
  legalBasis: {
    pl: "Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (art. 78 ust. 2)",
    en: "Act of 20 June 1997 – Road Traffic Law (Article 78(2))",
  },
  departmentCode: "kom",
  // JRWA: verify against the office's list.
  jrwaClass: "5430",
  keywords: ["wymiana dowodu rejestracyjnego", "zgubiony dowód rejestracyjny", "wtórnik", "zmiana adresu auto"],
  form: {
    version: 1,
    steps: [
      personWithAddressStep,
      {
        id: "vehicle",
        title: { pl: "Pojazd i przyczyna", en: "Vehicle and reason" },
        fields: [
          plateField, vinField,
          {
            key: "reason",
            kind: "radio",
            label: { pl: "Dlaczego potrzebujesz nowego dowodu?", en: "Why do you need a new certificate?" },
            options: [
              { value: "data-change", label: { pl: "Zmieniły się dane właściciela (adres, nazwisko, nazwa)", en: "The owner's details changed (address, surname, name)" } },
              { value: "technical-change", label: { pl: "Zmieniły się dane techniczne pojazdu", en: "The vehicle's technical data changed" } },
              { value: "no-space", label: { pl: "Brak miejsca na wpis badania technicznego", en: "No room for roadworthiness test stamps" } },
              { value: "lost", label: { pl: "Utrata dowodu", en: "The certificate was lost" } },
              { value: "damaged", label: { pl: "Zniszczenie dowodu", en: "The certificate was damaged" } },
            ],
            errors: { required: { pl: "Wybierz przyczynę", en: "Select the reason" } },
          },
          {
            key: "changeDescription",
            kind: "long-text",
            label: { pl: "Co się zmieniło?", en: "What changed?" },
            showIf: { field: "reason", in: ["data-change", "technical-change"] },
            maxLength: 1000,
          },
          {
            key: "lossDate",
            kind: "date",
            label: { pl: "Kiedy utraciłeś/utraciłaś dowód?", en: "When did you lose the certificate?" },
            showIf: { field: "reason", equals: "lost" },
            min: { date: "2000-01-01" },
            max: "today",
          },
          {
            key: "needsTemporaryPermit",
            kind: "yes-no",
            label: { pl: "Czy potrzebujesz pozwolenia czasowego na czas oczekiwania?", en: "Do you need a temporary permit while you wait?" },
            showIf: { field: "reason", in: ["lost", "damaged"] },
          },
          {
            key: "supportingDocuments",
            kind: "file",
            label: { pl: "Dokumenty potwierdzające zmianę", en: "Documents confirming the change" },
            showIf: { field: "reason", in: ["data-change", "technical-change"] },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę wydania dowodu rejestracyjnego i centralną ewidencję pojazdów na podstawie ustawy – Prawo o ruchu drogowym (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the issue of the registration certificate and keep the central vehicle register under the Road Traffic Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
