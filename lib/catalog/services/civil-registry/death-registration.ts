/**
 * Zgłoszenie zgonu: a relative (or the funeral home acting for them) reports a death to the civil
 * registry of the place of death on the basis of the death card. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep } from "./shared-fields";

export const deathRegistration = defineService({
  id: "death-registration",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zgłoszenie zgonu", en: "Registering a death" },
  summary: {
    pl: "Zgłoś zgon bliskiej osoby, aby urząd sporządził akt zgonu.",
    en: "Register the death of a close person so that the office draws up the death record.",
  },
  whoCanApply: {
    pl: "W pierwszej kolejności małżonek lub dzieci zmarłego, potem najbliżsi krewni i powinowaci, a także osoba, która była obecna przy zgonie lub dowiedziała się o nim. Zgłoś zgon w ciągu 3 dni od sporządzenia karty zgonu (przy chorobie zakaźnej – w ciągu 24 godzin). Często robi to za rodzinę zakład pogrzebowy.",
    en: "First the spouse or children of the deceased, then the closest relatives and in-laws, and also a person who was present at the death or learned of it. Register the death within 3 days of the death card being drawn up (24 hours for an infectious disease). A funeral home often does this for the family.",
  },
  whatYouNeed: [
    { pl: "Kartę zgonu (jeśli nie została przekazana do urzędu elektronicznie)", en: "The death card (if it was not sent to the office electronically)" },
    { pl: "Dowód osobisty zmarłego, jeśli go masz – zostanie unieważniony", en: "The deceased's ID card, if you have it – it will be cancelled" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Zgłoszenie jest bezpłatne; pierwszy odpis skrócony aktu zgonu otrzymasz bez opłaty.",
      en: "Registration is free; you receive the first short copy of the death record free of charge.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Akt zgonu jest sporządzany niezwłocznie po otrzymaniu karty zgonu i zgłoszenia.",
    en: "The death record is drawn up as soon as the death card and the notification arrive.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (rejestracja zgonu); ustawa z dnia 31 stycznia 1959 r. o cmentarzach i chowaniu zmarłych",
    en: "Act of 28 November 2014 – Civil Status Records Act (registration of death); Act of 31 January 1959 on cemeteries and burial",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5363",
  keywords: ["zgon", "akt zgonu", "śmierć", "karta zgonu", "pogrzeb"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "deceased",
        title: { pl: "Osoba zmarła", en: "The deceased" },
        fields: [
          { key: "deceasedName", kind: "text", label: { pl: "Imię i nazwisko osoby zmarłej", en: "Full name of the deceased" }, maxLength: 200, errors: { required: { pl: "Podaj imię i nazwisko osoby zmarłej", en: "Enter the full name of the deceased" } } },
          { key: "deceasedPesel", kind: "pesel", label: { pl: "Numer PESEL osoby zmarłej", en: "PESEL number of the deceased" }, optional: true },
          { key: "deathDate", kind: "date", label: { pl: "Data zgonu", en: "Date of death" }, min: { date: "1900-01-01" }, max: "today", errors: { required: { pl: "Podaj datę zgonu", en: "Enter the date of death" } } },
          { key: "deathPlace", kind: "text", label: { pl: "Miejsce zgonu", en: "Place of death" }, hint: { pl: "Miejscowość, a jeśli zgon nastąpił w szpitalu – także jego nazwa.", en: "The town and, if the death occurred in a hospital, its name." }, maxLength: 200 },
          { key: "deathCardNumber", kind: "text", label: { pl: "Numer karty zgonu", en: "Death card number" }, optional: true, maxLength: 50 },
          {
            key: "deathCard",
            kind: "file",
            label: { pl: "Karta zgonu", en: "Death card" },
            hint: { pl: "Dołącz skan, jeśli lekarz nie przekazał karty elektronicznie. Oryginał złożysz w urzędzie.", en: "Attach a scan if the doctor did not send the card electronically. You will hand in the original at the office." },
            optional: true,
            accept: ["pdf", "jpg", "png"],
            maxSizeMb: 10,
            maxFiles: 2,
          },
          { key: "deceasedIdCard", kind: "id-card", label: { pl: "Seria i numer dowodu osobistego zmarłego", en: "Series and number of the deceased's ID card" }, optional: true },
          {
            key: "relationship",
            kind: "radio",
            label: { pl: "Kim byłeś lub byłaś dla osoby zmarłej?", en: "What was your relationship to the deceased?" },
            options: [
              { value: "spouse", label: { pl: "Małżonkiem", en: "Spouse" } },
              { value: "child", label: { pl: "Dzieckiem", en: "Child" } },
              { value: "parent", label: { pl: "Rodzicem", en: "Parent" } },
              { value: "sibling", label: { pl: "Rodzeństwem", en: "Sibling" } },
              { value: "other-relative", label: { pl: "Innym krewnym lub powinowatym", en: "Another relative or in-law" } },
              { value: "other", label: { pl: "Inną osobą", en: "Someone else" } },
            ],
            errors: { required: { pl: "Wybierz, kim byłeś lub byłaś dla osoby zmarłej", en: "Select your relationship to the deceased" } },
          },
        ],
      },
      declarationStep,
    ],
  },
});
