import { describe, expect, it } from "vitest";
import { testEnv, testEnvEn, testForm } from "./test-fixtures";
import type { FormDefinition } from "./types";
import { inputIdFor, validateAnswers, validateStep } from "./validate";

const complete = { name: "Jan", hasPet: true, petName: "Burek", petKind: "cat", petBorn: "2020-02-02", from: "2026-05-20", agree: true };

describe("inputIdFor", () => {
  it("replaces anything but letters and digits", () => {
    expect(inputIdFor("newAddress.postalCode")).toBe("field-newAddress-postalCode");
    expect(inputIdFor("name")).toBe("field-name");
  });
});

describe("validateStep", () => {
  it("returns parsed values for a valid step", () => {
    expect(validateStep(testForm, "about", { name: " Jan ", hasPet: "no", from: "x" }, testEnv)).toEqual({
      ok: true,
      values: { name: "Jan", hasPet: false },
    });
  });

  it("keys one first message per input name", () => {
    const verdict = validateStep(testForm, "about", { name: "x".repeat(21), hasPet: true }, testEnv);
    expect(verdict).toEqual({
      ok: false,
      fieldErrors: {
        name: "Pole „Imię” może mieć najwyżej 20 znaków",
        petName: "Wypełnij pole „Imię zwierzęcia”",
      },
    });
  });

  it("speaks the reader's language", () => {
    const verdict = validateStep(testForm, "confirm", {}, testEnvEn);
    expect(verdict).toEqual({ ok: false, fieldErrors: { agree: "Tick the declaration to continue" } });
  });

  it("uses address input names as keys", () => {
    const form: FormDefinition = {
      version: 1,
      steps: [{ id: "a", title: { pl: "A" }, fields: [{ key: "home", kind: "address", label: { pl: "Adres" } }] }],
    };
    const verdict = validateStep(form, "a", { home: { street: "Polna", building: "1", flat: "", postalCode: "441", city: "" } }, testEnv);
    expect(verdict).toEqual({
      ok: false,
      fieldErrors: {
        "home.postalCode": "Wpisz kod pocztowy w formacie 00-000, na przykład 44-100",
        "home.city": "Podaj miejscowość",
      },
    });
    expect(validateStep(form, "a", {}, testEnv)).toMatchObject({ ok: false, fieldErrors: { "home.street": "Podaj nazwę ulicy" } });
  });

  it("validates an end date against the start date answered earlier", () => {
    const verdict = validateStep(testForm, "dates", { from: "2026-06-01", until: "2026-05-31" }, testEnv);
    expect(verdict).toMatchObject({ ok: false, fieldErrors: { until: expect.stringContaining("2 czerwca 2026") } });
  });
});

describe("validateAnswers", () => {
  it("accepts complete answers and drops hidden or undeclared ones", () => {
    const verdict = validateAnswers(testForm, { ...complete, hasPet: false, injected: "x" }, testEnv);
    expect(verdict).toEqual({
      ok: true,
      values: { name: "Jan", hasPet: false, from: "2026-05-20", until: null, contact: null, agree: true },
    });
  });

  it("reports every error and the first step that has one", () => {
    const verdict = validateAnswers(testForm, { ...complete, petKind: "fish", agree: false }, testEnv);
    expect(verdict).toEqual({
      ok: false,
      stepId: "pet",
      fieldErrors: {
        petKind: "Wybierz jedną z podanych odpowiedzi: Gatunek",
        agree: "Zaznacz oświadczenie, aby kontynuować",
      },
    });
  });
});

describe("validateStep with the newer kinds", () => {
  const label = { pl: "X" };
  const form: FormDefinition = {
    version: 1,
    steps: [
      {
        id: "s",
        title: label,
        fields: [
          { key: "media", kind: "checkboxes", label: { pl: "Media" }, options: [{ value: "water", label }] },
          { key: "stay", kind: "date-range", label: { pl: "Okres" } },
          { key: "fee", kind: "money", label: { pl: "Opłata" } },
          { key: "heated", kind: "integer", label: { pl: "Lokale" }, showIf: { field: "media", equals: "water" } },
        ],
      },
    ],
  };

  it("keys errors by the input each one belongs to", () => {
    const verdict = validateStep(form, "s", { media: ["oil"], stay: { from: "2026-05-20", to: "2026-05-14" }, fee: 1700 }, testEnv);
    expect(verdict).toEqual({
      ok: false,
      fieldErrors: {
        media: "Wybierz jedną z podanych odpowiedzi: Media",
        "stay.to": "Data końcowa nie może być wcześniejsza niż początkowa: Okres",
      },
    });
    const empty = validateStep(form, "s", {}, testEnv);
    expect(empty.ok ? [] : Object.keys(empty.fieldErrors)).toEqual(["media", "stay.from", "stay.to", "fee"]);
  });

  it("reveals a field when a checkbox is ticked and returns the stored shapes", () => {
    const answers = { media: ["water"], stay: { from: "2026-05-14", to: "2026-05-14" }, fee: "17 zł", heated: "1 200" };
    expect(validateStep(form, "s", answers, testEnv)).toEqual({
      ok: true,
      values: { media: ["water"], stay: { from: "2026-05-14", to: "2026-05-14" }, fee: 1700, heated: 1200 },
    });
  });
});
