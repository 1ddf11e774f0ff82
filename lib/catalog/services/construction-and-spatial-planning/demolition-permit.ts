/**
 * Pozwolenie na rozbiórkę albo zgłoszenie rozbiórki obiektu budowlanego (art. 31 of the Building
 * Law). Data only.
 */
import { defineService } from "../../types";
import { accuracyDeclarationField } from "../shared/declaration";
import { investorYourDetailsStep } from "./shared-fields";
import { plotsField } from "../shared/property";

export const demolitionPermit = defineService({
  id: "demolition-permit",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Rozbiórka obiektu budowlanego: pozwolenie lub zgłoszenie", en: "Demolishing a building: permit or notification" },
  summary: {
    pl: "Złóż wniosek o pozwolenie na rozbiórkę albo zgłoś rozbiórkę, która pozwolenia nie wymaga.",
    en: "Apply for a demolition permit, or notify a demolition that needs no permit.",
  },
  whoCanApply: {
    pl: "Właściciel obiektu lub inna osoba za jego zgodą. Zgłoszenie wystarcza między innymi dla budynków niższych niż 8 m, położonych od granicy działki w odległości nie mniejszej niż ich wysokość, oraz obiektów, które można budować na zgłoszenie. Obiekty wpisane do rejestru zabytków zawsze wymagają pozwolenia.",
    en: "The owner of the structure, or someone with the owner's consent. A notification is enough for, among others, buildings under 8 m high standing at least their height from the plot boundary, and structures that could be built on a notification. Listed monuments always need a permit.",
  },
  whatYouNeed: [
    { pl: "Zgodę właściciela obiektu, jeśli nie jesteś właścicielem", en: "The owner's consent, if you are not the owner" },
    { pl: "Szkic usytuowania obiektu", en: "A sketch showing where the structure stands" },
    { pl: "Opis zakresu i sposobu prowadzenia robót rozbiórkowych oraz sposobu zapewnienia bezpieczeństwa", en: "A description of the scope and method of demolition and of how safety will be ensured" },
    { pl: "Pozwolenia i uzgodnienia wymagane przepisami odrębnymi (na przykład konserwatorskie)", en: "Permits and approvals required by other laws (for example, from the heritage conservator)" },
  ],
  fee: {
    amountGrosze: 3600,
    note: {
      pl: "36 zł opłaty skarbowej za pozwolenie na rozbiórkę. Zgłoszenie rozbiórki jest bezpłatne.",
      en: "36 zł stamp duty for a demolition permit. A demolition notification is free.",
    },
  },
  deadline: { kind: "months", months: 1 },
  deadlineNote: {
    pl: "Przy zgłoszeniu urząd może wnieść sprzeciw w ciągu 21 dni; pozwolenie wydaje w ciągu miesiąca, a w sprawie szczególnie skomplikowanej – dwóch miesięcy.",
    en: "For a notification, the office may object within 21 days; a permit is issued within a month, or two months in a particularly complex case.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 31)",
    en: "Act of 7 July 1994 – Building Law (Article 31)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6740",
  keywords: ["rozbiórka", "wyburzenie", "zburzenie budynku", "rozbiórka stodoły"],
  form: {
    version: 1,
    steps: [
      investorYourDetailsStep,
      {
        id: "object",
        title: { pl: "Obiekt do rozbiórki", en: "The structure" },
        fields: [
          {
            key: "procedure",
            kind: "radio",
            label: { pl: "Czego dotyczy wniosek?", en: "What are you applying for?" },
            options: [
              { value: "permit", label: { pl: "Pozwolenia na rozbiórkę", en: "A demolition permit" } },
              { value: "notification", label: { pl: "Zgłoszenia rozbiórki", en: "A demolition notification" } },
            ],
            errors: { required: { pl: "Wybierz pozwolenie albo zgłoszenie", en: "Select a permit or a notification" } },
          },
          { key: "objectAddress", kind: "address", label: { pl: "Adres obiektu", en: "Address of the structure" } },
          plotsField,
          {
            key: "objectDescription",
            kind: "long-text",
            label: { pl: "Opis obiektu", en: "Description of the structure" },
            hint: { pl: "Rodzaj, wysokość, powierzchnia zabudowy, konstrukcja.", en: "Type, height, footprint, construction." },
            maxLength: 2000,
          },
          {
            key: "demolitionMethod",
            kind: "long-text",
            label: { pl: "Zakres i sposób prowadzenia robót rozbiórkowych", en: "Scope and method of the demolition" },
            maxLength: 3000,
          },
          {
            key: "plannedStart",
            kind: "date",
            label: { pl: "Planowany termin rozpoczęcia robót", en: "Planned start date" },
            min: "today",
            max: { daysFromToday: 1095 },
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          {
            key: "ownerConsent",
            kind: "file",
            label: { pl: "Zgoda właściciela obiektu", en: "Owner's consent" },
            hint: { pl: "Tylko jeśli nie jesteś właścicielem.", en: "Only if you are not the owner." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 1,
          },
          {
            key: "siteSketch",
            kind: "file",
            label: { pl: "Szkic usytuowania obiektu", en: "Site sketch" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 3,
          },
          {
            key: "approvals",
            kind: "file",
            label: { pl: "Pozwolenia i uzgodnienia", en: "Permits and approvals" },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby prowadzić sprawę rozbiórki na podstawie ustawy – Prawo budowlane (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the demolition case under the Building Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          accuracyDeclarationField,
        ],
      },
    ],
  },
});
