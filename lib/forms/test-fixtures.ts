/** A small form exercising conditions, a conditional step, date bounds and every answer shape (tests only). */
import type { FormDefinition, FormEnv } from "./types";

export const testEnv: FormEnv = { today: "2026-05-14", locale: "pl" };
export const testEnvEn: FormEnv = { today: "2026-05-14", locale: "en" };

export const testForm: FormDefinition = {
  version: 1,
  steps: [
    {
      id: "about",
      title: { pl: "O Tobie", en: "About you" },
      fields: [
        { key: "name", kind: "text", label: { pl: "Imię", en: "Given name" }, maxLength: 20 },
        { key: "hasPet", kind: "yes-no", label: { pl: "Czy masz zwierzę?", en: "Do you have a pet?" } },
        {
          key: "petName",
          kind: "text",
          label: { pl: "Imię zwierzęcia", en: "Pet's name" },
          showIf: { field: "hasPet", equals: true },
        },
      ],
    },
    {
      id: "pet",
      title: { pl: "Zwierzę", en: "Pet" },
      showIf: { field: "hasPet", equals: true },
      fields: [
        {
          key: "petKind",
          kind: "radio",
          label: { pl: "Gatunek", en: "Species" },
          options: [
            { value: "dog", label: { pl: "Pies", en: "Dog" } },
            { value: "cat", label: { pl: "Kot", en: "Cat" } },
          ],
        },
        { key: "petBorn", kind: "date", label: { pl: "Data urodzenia zwierzęcia", en: "Pet's birth date" }, max: "today" },
      ],
    },
    {
      id: "dates",
      title: { pl: "Terminy", en: "Dates" },
      fields: [
        { key: "from", kind: "date", label: { pl: "Data rozpoczęcia", en: "Start date" }, min: "today" },
        {
          key: "until",
          kind: "date",
          label: { pl: "Data zakończenia", en: "End date" },
          min: { field: "from", offsetDays: 1 },
          max: { field: "from", offsetMonths: 12 },
          optional: true,
        },
        { key: "contact", kind: "email", label: { pl: "Adres e-mail", en: "Email" }, optional: true },
      ],
    },
    {
      id: "confirm",
      title: { pl: "Potwierdzenie", en: "Confirmation" },
      fields: [
        { key: "notice", kind: "info", label: { pl: "Informacja", en: "Notice" }, hint: { pl: "Treść." } },
        { key: "agree", kind: "consent", label: { pl: "Oświadczam, że…", en: "I declare that…" } },
      ],
    },
  ],
};
