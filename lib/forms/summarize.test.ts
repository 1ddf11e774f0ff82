import { describe, expect, it } from "vitest";
import { summarizeAnswers } from "./summarize";
import { testEnv, testEnvEn, testForm } from "./test-fixtures";

describe("summarizeAnswers", () => {
  it("lists visible fields by step, skipping info fields and hidden steps", () => {
    const answers = { name: "Jan", hasPet: false, petKind: "dog", from: "2026-05-14", until: null, agree: true };
    expect(summarizeAnswers(testForm, answers, testEnv)).toEqual([
      {
        stepId: "about",
        title: "O Tobie",
        rows: [
          { key: "name", label: "Imię", value: "Jan" },
          { key: "hasPet", label: "Czy masz zwierzę?", value: "Nie" },
        ],
      },
      {
        stepId: "dates",
        title: "Terminy",
        rows: [
          { key: "from", label: "Data rozpoczęcia", value: "14 maja 2026" },
          { key: "until", label: "Data zakończenia", value: "Nie podano" },
          { key: "contact", label: "Adres e-mail", value: "Nie podano" },
        ],
      },
      { stepId: "confirm", title: "Potwierdzenie", rows: [{ key: "agree", label: "Oświadczam, że…", value: "Tak" }] },
    ]);
  });

  it("uses the reader's language", () => {
    const [about] = summarizeAnswers(testForm, { name: "Jan", hasPet: true, petName: "Burek" }, testEnvEn);
    expect(about).toEqual({
      stepId: "about",
      title: "About you",
      rows: [
        { key: "name", label: "Given name", value: "Jan" },
        { key: "hasPet", label: "Do you have a pet?", value: "Yes" },
        { key: "petName", label: "Pet's name", value: "Burek" },
      ],
    });
  });
});
