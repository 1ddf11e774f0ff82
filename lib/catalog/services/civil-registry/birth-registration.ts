/**
 * Zgłoszenie urodzenia dziecka: a parent reports the birth to the civil registry of the place of
 * birth (the hospital sends the birth card); the child gets a birth record and a PESEL number and
 * can be registered at the parents' address at the same time. Data only.
 */
import { defineService } from "../../types";
import { prefilledPersonStep } from "../shared/applicant";
import { declarationStep } from "./shared-fields";

export const birthRegistration = defineService({
  id: "birth-registration",
  version: 1,
  category: "civil-registry",
  name: { pl: "Zgłoszenie urodzenia dziecka", en: "Registering a child's birth" },
  summary: {
    pl: "Zgłoś urodzenie dziecka, wybierz jego imię i zamelduj je pod swoim adresem.",
    en: "Register your child's birth, choose the child's name and register the child at your address.",
  },
  whoCanApply: {
    pl: "Matka lub ojciec dziecka. Zgłoś urodzenie w ciągu 21 dni od sporządzenia karty urodzenia (przy urodzeniu martwym – w ciągu 3 dni). Jeśli rodzice nie są małżeństwem, ojcostwo trzeba uznać osobiście w urzędzie stanu cywilnego.",
    en: "The child's mother or father. Register the birth within 21 days of the birth card being drawn up (for a stillbirth, within 3 days). If the parents are not married, paternity must be acknowledged in person at a civil registry office.",
  },
  whatYouNeed: [
    { pl: "Dane dziecka z karty urodzenia (data i miejsce urodzenia)", en: "The child's details from the birth card (date and place of birth)" },
    { pl: "Imię lub dwa imiona dla dziecka", en: "One or two given names for the child" },
    { pl: "Dane drugiego rodzica", en: "The other parent's details" },
  ],
  fee: {
    amountGrosze: 0,
    note: {
      pl: "Zgłoszenie jest bezpłatne; pierwszy odpis skrócony aktu urodzenia otrzymasz bez opłaty.",
      en: "Registration is free; you receive the first short copy of the birth record free of charge.",
    },
  },
  deadline: { kind: "immediately" },
  deadlineNote: {
    pl: "Kierownik urzędu stanu cywilnego sporządza akt urodzenia niezwłocznie po otrzymaniu karty urodzenia i kompletnego zgłoszenia; dziecku nadawany jest numer PESEL.",
    en: "The registrar draws up the birth record as soon as the birth card and the complete notification arrive; the child is given a PESEL number.",
  },
  legalBasis: {
    pl: "Ustawa z dnia 28 listopada 2014 r. – Prawo o aktach stanu cywilnego (rejestracja urodzenia); Kodeks rodzinny i opiekuńczy (art. 88–89 – nazwisko dziecka)",
    en: "Act of 28 November 2014 – Civil Status Records Act (registration of birth); Family and Guardianship Code (Articles 88–89 – the child's surname)",
  },
  departmentCode: "usc",
  // JRWA: verify against the office's list
  jrwaClass: "5361",
  keywords: ["urodzenie dziecka", "akt urodzenia", "rejestracja noworodka", "becikowe", "imię dla dziecka", "pesel dla dziecka"],
  form: {
    version: 1,
    steps: [
      prefilledPersonStep,
      {
        id: "child",
        title: { pl: "Dziecko", en: "The child" },
        fields: [
          { key: "childBirthDate", kind: "date", label: { pl: "Data urodzenia dziecka", en: "Child's date of birth" }, min: { daysFromToday: -366 }, max: "today" },
          {
            key: "childBirthPlace",
            kind: "text",
            label: { pl: "Miejsce urodzenia", en: "Place of birth" },
            hint: { pl: "Miejscowość i nazwa szpitala, na przykład: Gliwice, Szpital Miejski nr 4.", en: "Town and hospital, for example: Gliwice, Municipal Hospital No. 4." },
            maxLength: 200,
          },
          {
            key: "childGivenNames",
            kind: "text",
            label: { pl: "Imię lub imiona dziecka (najwyżej dwa)", en: "Child's given name or names (two at most)" },
            hint: { pl: "Imię nie może być ośmieszające, nieprzyzwoite ani w formie zdrobniałej.", en: "The name may not be ridiculous, indecent or a diminutive." },
            maxLength: 100,
            errors: { required: { pl: "Podaj imię dziecka", en: "Enter the child's given name" } },
          },
          {
            key: "parentsMarried",
            kind: "yes-no",
            label: { pl: "Czy rodzice dziecka są małżeństwem?", en: "Are the child's parents married?" },
            errors: { required: { pl: "Odpowiedz, czy rodzice są małżeństwem", en: "Select whether the parents are married" } },
          },
          {
            key: "childSurname",
            kind: "text",
            label: { pl: "Nazwisko dziecka", en: "Child's surname" },
            hint: { pl: "Dzieci małżonków noszą nazwisko wybrane w oświadczeniu przy ślubie.", en: "Children of a married couple take the surname chosen in the declaration at the wedding." },
            maxLength: 100,
          },
          {
            key: "unmarriedInfo",
            kind: "info",
            label: { pl: "Uznanie ojcostwa", en: "Acknowledging paternity" },
            hint: {
              pl: "Jeśli rodzice nie są małżeństwem, ojciec może uznać dziecko osobiście w urzędzie stanu cywilnego, razem z matką. Bez uznania ojcostwa akt urodzenia zostanie sporządzony bez danych ojca.",
              en: "If the parents are not married, the father can acknowledge the child in person at a civil registry office, together with the mother. Without an acknowledgement the birth record will be drawn up without the father's details.",
            },
            showIf: { field: "parentsMarried", equals: false },
          },
        ],
      },
      {
        id: "parents",
        title: { pl: "Drugi rodzic i zameldowanie", en: "The other parent and residence registration" },
        fields: [
          { key: "otherParentName", kind: "text", label: { pl: "Imię i nazwisko drugiego rodzica", en: "The other parent's full name" }, optional: true, maxLength: 200 },
          { key: "otherParentPesel", kind: "pesel", label: { pl: "Numer PESEL drugiego rodzica", en: "The other parent's PESEL number" }, optional: true },
          {
            key: "registerChild",
            kind: "yes-no",
            label: { pl: "Czy zameldować dziecko na pobyt stały razem ze zgłoszeniem urodzenia?", en: "Register the child's permanent residence together with the birth?" },
            hint: { pl: "Dziecko melduje się pod adresem pobytu stałego rodziców albo jednego z nich.", en: "The child is registered at the permanent address of the parents or one of them." },
            errors: { required: { pl: "Odpowiedz, czy zameldować dziecko", en: "Select whether to register the child's residence" } },
          },
          { key: "childAddress", kind: "address", label: { pl: "Adres zameldowania dziecka", en: "Child's registered address" }, showIf: { field: "registerChild", equals: true } },
        ],
      },
      declarationStep,
    ],
  },
});
