/**
 * Zgłoszenie budowy lub robót budowlanych niewymagających pozwolenia (form PB-2), including a
 * detached house built on a notification. Data only.
 */
import { defineService } from "../../types";
import { buildingPropertyRightStatementField, investorStep } from "./shared-fields";
import { criminalTruthDeclarationField } from "../shared/declaration";
import { plotsField } from "../shared/property";

export const constructionNotification = defineService({
  id: "construction-notification",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Zgłoszenie budowy lub robót budowlanych", en: "Notifying construction works" },
  summary: {
    pl: "Zgłoś budowę lub roboty, które nie wymagają pozwolenia na budowę, w tym budowę domu jednorodzinnego na zgłoszenie.",
    en: "Notify construction or works that need no building permit, including a detached house built on a notification.",
  },
  whoCanApply: {
    pl: "Inwestor, który ma prawo do dysponowania nieruchomością na cele budowlane. Roboty możesz zacząć, jeśli urząd nie wniesie sprzeciwu w ciągu 21 dni od doręczenia zgłoszenia (albo wcześniej, po otrzymaniu zaświadczenia o braku podstaw do sprzeciwu).",
    en: "An investor with the right to use the property for building purposes. You may start if the office raises no objection within 21 days of receiving the notification (or earlier, once you receive a certificate that no objection will be raised).",
  },
  whatYouNeed: [
    { pl: "Oświadczenie o prawie do dysponowania nieruchomością na cele budowlane", en: "A statement of your right to use the property for building purposes" },
    { pl: "Szkice lub rysunki, a przy domu jednorodzinnym i przyłączach – projekt zagospodarowania działki lub projekt budowlany", en: "Sketches or drawings; for a detached house or utility connections – a site plan or the building design" },
    { pl: "Pozwolenia, uzgodnienia i opinie wymagane przepisami odrębnymi, jeśli są potrzebne", en: "Any permits, approvals and opinions required by other laws" },
  ],
  fee: {
    amountGrosze: 0,
    note: { pl: "Zgłoszenie nie podlega opłacie skarbowej (17 zł płacisz tylko za pełnomocnictwo).", en: "A notification is free of stamp duty (you only pay 17 zł for a power of attorney)." },
  },
  deadline: { kind: "days", days: 21 },
  deadlineNote: {
    pl: "W tym terminie urząd może wnieść sprzeciw w drodze decyzji; brak sprzeciwu oznacza, że możesz zacząć roboty.",
    en: "Within this period the office may object by decision; no objection means you may start the works.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 29 i 30)",
    en: "Act of 7 July 1994 – Building Law (Articles 29 and 30)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6743",
  keywords: ["zgłoszenie budowy", "pb-2", "budowa bez pozwolenia", "garaż", "dom na zgłoszenie", "przyłącze"],
  form: {
    version: 1,
    steps: [
      investorStep,
      {
        id: "works",
        title: { pl: "Roboty budowlane", en: "The works" },
        fields: [
          {
            key: "worksKind",
            kind: "radio",
            label: { pl: "Co zgłaszasz?", en: "What are you notifying?" },
            options: [
              { value: "house", label: { pl: "Budowę domu jednorodzinnego", en: "Building a detached house" } },
              { value: "connection", label: { pl: "Budowę przyłączy", en: "Utility connections" } },
              { value: "small-building", label: { pl: "Budowę innego obiektu (na przykład garażu, wiaty, altany)", en: "Another structure (for example, a garage, shelter or summer house)" } },
              { value: "other-works", label: { pl: "Inne roboty budowlane (na przykład docieplenie, przebudowa)", en: "Other works (for example, insulation or alterations)" } },
            ],
            errors: { required: { pl: "Wybierz, co zgłaszasz", en: "Select what you are notifying" } },
          },
          {
            key: "worksScope",
            kind: "long-text",
            label: { pl: "Rodzaj, zakres i sposób wykonywania robót", en: "Type, scope and method of the works" },
            maxLength: 3000,
            errors: { required: { pl: "Opisz rodzaj, zakres i sposób wykonywania robót", en: "Describe the type, scope and method of the works" } },
          },
          {
            key: "plannedStart",
            kind: "date",
            label: { pl: "Planowany termin rozpoczęcia robót", en: "Planned start date" },
            hint: { pl: "Nie wcześniej niż po upływie 21 dni od zgłoszenia.", en: "No earlier than 21 days after the notification." },
            min: "today",
            max: { daysFromToday: 1095 },
          },
          { key: "worksAddress", kind: "address", label: { pl: "Adres nieruchomości", en: "Address of the property" } },
          plotsField,
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          buildingPropertyRightStatementField,
          {
            key: "drawings",
            kind: "file",
            label: { pl: "Szkice, rysunki lub projekt", en: "Sketches, drawings or design" },
            hint: { pl: "Przy domu jednorodzinnym dołącz projekt zagospodarowania działki i projekt architektoniczno-budowlany.", en: "For a detached house, attach the site plan and the architectural and construction design." },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 15,
          },
          {
            key: "otherApprovals",
            kind: "file",
            label: { pl: "Pozwolenia, uzgodnienia i opinie", en: "Permits, approvals and opinions" },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 10,
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby rozpatrzyć zgłoszenie na podstawie ustawy – Prawo budowlane (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the notification under the Building Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
