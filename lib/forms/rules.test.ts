import { describe, expect, it } from "vitest";
import { testEnv, testEnvEn } from "./test-fixtures";
import type { FormDefinition, FormRule } from "./types";
import { validateAnswers, validateStep } from "./validate";

const label = (pl: string) => ({ pl, en: pl });
const formWith = (rules: FormRule[]): FormDefinition => ({
  version: 1,
  steps: [
    { id: "first", title: label("Pierwszy"), fields: [{ key: "signed", kind: "date", label: label("Data podpisania umowy") }] },
    {
      id: "second",
      title: label("Drugi"),
      rules,
      fields: [
        { key: "start", kind: "date", label: label("Data rozpoczęcia") },
        { key: "end", kind: "date", label: label("Data zakończenia") },
        { key: "email", kind: "email", label: label("Adres e-mail"), optional: true },
        { key: "phone", kind: "phone", label: label("Numer telefonu"), optional: true },
        { key: "hasShares", kind: "yes-no", label: label("Czy są udziały?") },
        { key: "shareA", kind: "integer", label: label("Udział A"), optional: true, showIf: { field: "hasShares", equals: true } },
        { key: "shareB", kind: "integer", label: label("Udział B"), optional: true, showIf: { field: "hasShares", equals: true } },
        { key: "paidA", kind: "money", label: label("Wpłata A"), optional: true },
        { key: "paidB", kind: "money", label: label("Wpłata B"), optional: true },
        { key: "due", kind: "money", label: label("Należność"), optional: true },
      ],
    },
  ],
});
const base = { signed: "2026-01-10", start: "2026-06-01", end: "2026-06-02", email: "jan@example.pl", hasShares: false };

describe("step rules", () => {
  it("dateAfter: the later date must be after the earlier one (also another step's)", () => {
    const form = formWith([{ kind: "dateAfter", field: "end", after: "start" }, { kind: "dateAfter", field: "start", after: "signed" }]);
    expect(validateStep(form, "second", base, testEnv).ok).toBe(true);
    expect(validateStep(form, "second", { ...base, end: "2026-06-01" }, testEnv)).toEqual({
      ok: false,
      fieldErrors: { end: "Data zakończenia musi przypadać później niż data rozpoczęcia" },
    });
    expect(validateStep(form, "second", { ...base, signed: "2026-07-01" }, testEnv)).toMatchObject({ ok: false, fieldErrors: { start: expect.any(String) } });
    expect(validateStep(form, "second", { ...base, end: "2026-05-01" }, testEnvEn)).toMatchObject({
      fieldErrors: { end: "Data zakończenia must be after data rozpoczęcia" },
    });
  });

  it("atLeastOne: one of the fields must be answered; the error goes to the first", () => {
    const form = formWith([{ kind: "atLeastOne", fields: ["email", "phone"] }]);
    expect(validateStep(form, "second", base, testEnv).ok).toBe(true);
    expect(validateStep(form, "second", { ...base, email: null, phone: "600 123 456" }, testEnv).ok).toBe(true);
    expect(validateStep(form, "second", { ...base, email: null }, testEnv)).toEqual({
      ok: false,
      fieldErrors: { email: "Wypełnij co najmniej jedno z pól: „Adres e-mail”, „Numer telefonu”" },
    });
  });

  it("sumEquals: numbers add up to a constant (in złoty for amounts) or another answer", () => {
    const shares = formWith([{ kind: "sumEquals", fields: ["shareA", "shareB"], total: 100 }]);
    const withShares = { ...base, hasShares: true, shareA: 60, shareB: 40 };
    expect(validateStep(shares, "second", withShares, testEnv).ok).toBe(true);
    expect(validateStep(shares, "second", { ...withShares, shareB: 30 }, testEnv)).toEqual({
      ok: false,
      fieldErrors: { shareA: "Suma pól „Udział A”, „Udział B” musi wynosić 100" },
    });
    // Hidden fields: the rule is not checked at all.
    expect(validateStep(shares, "second", base, testEnv).ok).toBe(true);

    const amounts = formWith([{ kind: "sumEquals", fields: ["paidA", "paidB"], total: 1234.5 }]);
    expect(validateStep(amounts, "second", { ...base, paidA: 100000, paidB: 23450 }, testEnv).ok).toBe(true);
    expect(validateStep(amounts, "second", { ...base, paidA: 100000 }, testEnv)).toMatchObject({
      fieldErrors: { paidA: "Suma pól „Wpłata A”, „Wpłata B” musi wynosić 1 234,50 zł" },
    });
    const toField = formWith([{ kind: "sumEquals", fields: ["paidA", "paidB"], total: { field: "due" } }]);
    expect(validateStep(toField, "second", { ...base, paidA: 500, paidB: 500, due: 1000 }, testEnv).ok).toBe(true);
    expect(validateStep(toField, "second", { ...base, paidA: 500, due: 1000 }, testEnv).ok).toBe(false);
    expect(validateStep(toField, "second", { ...base, paidA: 500 }, testEnv).ok).toBe(true);
  });

  it("uses the definition's own message, and runs only once the fields are valid", () => {
    const form = formWith([{ kind: "atLeastOne", fields: ["email", "phone"], message: { pl: "Podaj kontakt: {labels}" } }]);
    expect(validateStep(form, "second", { ...base, email: null }, testEnv)).toMatchObject({
      fieldErrors: { email: "Podaj kontakt: „Adres e-mail”, „Numer telefonu”" },
    });
    expect(validateStep(form, "second", { ...base, email: null, start: null }, testEnv)).toEqual({
      ok: false,
      fieldErrors: { start: expect.any(String) },
    });
  });

  it("validateAnswers reports a broken rule with its step", () => {
    const form = formWith([{ kind: "dateAfter", field: "end", after: "start" }]);
    expect(validateAnswers(form, { ...base, end: "2026-05-01" }, testEnv)).toMatchObject({ ok: false, stepId: "second", fieldErrors: { end: expect.any(String) } });
  });
});
