/**
 * Zgłoszenie zmiany sposobu użytkowania obiektu budowlanego lub jego części (art. 71 of the
 * Building Law). Data only.
 */
import { defineService } from "../../types";
import { investorYourDetailsStep, propertyRightStatementField } from "./shared-fields";
import { criminalTruthDeclarationField } from "../shared/declaration";
import { plotsField } from "../shared/property";

export const changeOfUseNotification = defineService({
  id: "change-of-use-notification",
  version: 1,
  category: "construction-and-spatial-planning",
  name: { pl: "Zgłoszenie zmiany sposobu użytkowania budynku", en: "Notifying a change of use of a building" },
  summary: {
    pl: "Zgłoś, że budynek lub jego część (na przykład mieszkanie, strych, garaż) będzie używany w inny sposób.",
    en: "Notify that a building or part of it (for example, a flat, attic or garage) will be used differently.",
  },
  whoCanApply: {
    pl: "Właściciel lub zarządca obiektu albo inna osoba, która ma prawo dysponowania nim na cele budowlane. Nowy sposób użytkowania możesz wprowadzić, jeśli urząd nie wniesie sprzeciwu w ciągu 30 dni. Jeśli zmiana wymaga robót budowlanych objętych pozwoleniem, złóż wniosek o pozwolenie na budowę.",
    en: "The owner or manager of the building, or someone else with the right to use it for building purposes. You may start the new use if the office raises no objection within 30 days. If the change needs works requiring a permit, apply for a building permit instead.",
  },
  whatYouNeed: [
    { pl: "Opis i rysunek określające usytuowanie obiektu oraz dotychczasowy i zamierzony sposób użytkowania", en: "A description and drawing showing the building's location and its current and intended use" },
    { pl: "Oświadczenie o prawie do dysponowania nieruchomością na cele budowlane", en: "A statement of your right to use the property for building purposes" },
    { pl: "Zaświadczenie o zgodności zamierzonego sposobu użytkowania z planem miejscowym albo decyzję o warunkach zabudowy", en: "A certificate that the intended use complies with the local plan, or a zoning decision" },
    { pl: "Ekspertyzę techniczną, jeśli jest wymagana, oraz inne pozwolenia i uzgodnienia", en: "A technical assessment, where required, and any other permits and approvals" },
  ],
  fee: { amountGrosze: 0, note: { pl: "Zgłoszenie nie podlega opłacie skarbowej.", en: "The notification is free of stamp duty." } },
  deadline: { kind: "days", days: 30 },
  deadlineNote: {
    pl: "W tym terminie urząd może wnieść sprzeciw w drodze decyzji.",
    en: "Within this period the office may object by decision.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 7 lipca 1994 r. – Prawo budowlane (art. 71)",
    en: "Act of 7 July 1994 – Building Law (Article 71)",
  },
  departmentCode: "ab",
  // JRWA: verify against the office's list.
  jrwaClass: "6743",
  keywords: ["zmiana sposobu użytkowania", "mieszkanie na lokal usługowy", "adaptacja strychu", "zmiana funkcji budynku"],
  form: {
    version: 1,
    steps: [
      investorYourDetailsStep,
      {
        id: "use",
        title: { pl: "Obiekt i sposób użytkowania", en: "Building and use" },
        fields: [
          { key: "buildingAddress", kind: "address", label: { pl: "Adres obiektu", en: "Address of the building" } },
          plotsField,
          {
            key: "partOfBuilding",
            kind: "text",
            label: { pl: "Której części obiektu dotyczy zmiana?", en: "Which part of the building is affected?" },
            hint: { pl: "Na przykład: lokal nr 2 na parterze albo cały budynek.", en: "For example: unit 2 on the ground floor, or the whole building." },
            maxLength: 200,
          },
          {
            key: "currentUse",
            kind: "text",
            label: { pl: "Dotychczasowy sposób użytkowania", en: "Current use" },
            maxLength: 200,
            errors: { required: { pl: "Podaj dotychczasowy sposób użytkowania", en: "Enter the current use" } },
          },
          {
            key: "plannedUse",
            kind: "text",
            label: { pl: "Zamierzony sposób użytkowania", en: "Intended use" },
            maxLength: 200,
            errors: { required: { pl: "Podaj zamierzony sposób użytkowania", en: "Enter the intended use" } },
          },
          {
            key: "worksNeeded",
            kind: "yes-no",
            label: { pl: "Czy zmiana wymaga robót budowlanych?", en: "Does the change need building works?" },
          },
          {
            key: "worksDescription",
            kind: "long-text",
            label: { pl: "Opisz roboty budowlane", en: "Describe the building works" },
            showIf: { field: "worksNeeded", equals: true },
            maxLength: 2000,
          },
        ],
      },
      {
        id: "documents",
        title: { pl: "Dokumenty", en: "Documents" },
        fields: [
          {
            key: "descriptionAndDrawing",
            kind: "file",
            label: { pl: "Opis i rysunek", en: "Description and drawing" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 5,
          },
          propertyRightStatementField,
          {
            key: "planCompliance",
            kind: "file",
            label: { pl: "Zaświadczenie o zgodności z planem miejscowym albo decyzja o warunkach zabudowy", en: "Certificate of compliance with the local plan, or zoning decision" },
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          {
            key: "expertOpinion",
            kind: "file",
            label: { pl: "Ekspertyza techniczna i inne uzgodnienia", en: "Technical assessment and other approvals" },
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
              pl: "Administratorem Twoich danych osobowych jest organ, który prowadzi sprawę w urzędzie, do którego składasz wniosek (prezydent miasta, burmistrz, wójt albo starosta). Przetwarzamy je, aby rozpatrzyć zgłoszenie zmiany sposobu użytkowania na podstawie ustawy – Prawo budowlane (art. 6 ust. 1 lit. c i e RODO). Podanie danych jest obowiązkowe, z wyjątkiem adresu e-mail i numeru telefonu. Masz prawo dostępu do swoich danych, ich sprostowania i ograniczenia przetwarzania oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Dane kontaktowe inspektora ochrony danych znajdziesz na stronie urzędu.",
              en: "The controller of your personal data is the authority handling the case at the office you apply to (the mayor, the head of the municipality or the district head). We process the data to handle the change-of-use notification under the Building Law (Article 6(1)(c) and (e) GDPR). Providing the data is required, except for your email address and phone number. You have the right to access and correct your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office. The data protection officer's contact details are on the office's website.",
            },
          },
          criminalTruthDeclarationField,
        ],
      },
    ],
  },
});
