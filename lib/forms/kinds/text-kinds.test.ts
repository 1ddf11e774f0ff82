import { describe, expect, it } from "vitest";
import { testEnvEn } from "../test-fixtures";
import { check, fieldOf } from "./kinds-test-helpers";

describe("text", () => {
  const field = fieldOf("text", { label: { pl: "Imię", en: "Given name" }, maxLength: 10 });
  it.each([
    ["Jan", "Jan"],
    ["  Jan  ", "Jan"],
    ["Jan\n  Maria", "Jan Maria"],
    ["Zo\u0301fia", "Zófia"],
    ["0123456789", "0123456789"],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    ["", "Wypełnij pole „Imię”"],
    ["   ", "Wypełnij pole „Imię”"],
    [null, "Wypełnij pole „Imię”"],
    [undefined, "Wypełnij pole „Imię”"],
    [42, "Wypełnij pole „Imię”"],
    ["01234567890", "Pole „Imię” może mieć najwyżej 10 znaków"],
    ["Jan\u0000", "Usuń z pola „Imię” niedozwolone znaki"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("turns empty optional text into null", () => {
    expect(check({ ...field, optional: true }, "  ")).toEqual({ ok: true, value: null });
  });

  it("uses the definition's own wording and English", () => {
    const worded = { ...field, errors: { required: { pl: "Podaj imię", en: "Enter your given name" } } };
    expect(check(worded, "")).toMatchObject({ message: "Podaj imię" });
    expect(check(worded, "", testEnvEn)).toMatchObject({ message: "Enter your given name" });
    expect(check(field, "", testEnvEn)).toMatchObject({ message: "Enter given name" });
  });
});

describe("long-text", () => {
  const field = fieldOf("long-text", { maxLength: 20 });
  it("keeps line breaks and unifies them", () => {
    expect(check(field, " a\r\nb\rc ")).toEqual({ ok: true, value: "a\nb\nc" });
  });
  it("rejects over-long text", () => expect(check(field, "x".repeat(21))).toMatchObject({ ok: false }));
  it("defaults to 2000 characters", () => {
    const unbounded = fieldOf("long-text");
    expect(check(unbounded, "x".repeat(2000)).ok).toBe(true);
    expect(check(unbounded, "x".repeat(2001)).ok).toBe(false);
  });
});

describe("email", () => {
  const field = fieldOf("email");
  it.each(["jan.kowalski@example.pl", " anna+urzad@gliwice.eu "])("accepts %j", (raw) =>
    expect(check(field, raw)).toEqual({ ok: true, value: raw.trim() }),
  );
  it.each(["jan", "jan@", "@example.pl", "jan kowalski@example.pl", "jan@example", `${"a".repeat(250)}@x.pl`])(
    "rejects %j",
    (raw) => expect(check(field, raw).ok).toBe(false),
  );
  it("explains the format", () => {
    expect(check(field, "jan")).toMatchObject({
      message: "Wpisz adres e-mail w poprawnym formacie, na przykład jan.kowalski@example.pl",
    });
    expect(check(field, "")).toMatchObject({ message: "Podaj adres e-mail" });
  });
});

describe("phone", () => {
  const field = fieldOf("phone");
  it.each(["600 123 456", "+48 600-123-456"])("accepts %j as typed", (raw) =>
    expect(check(field, raw)).toEqual({ ok: true, value: raw }),
  );
  it.each(["12345", "000 000 000", "+1 600 123 456", "x".repeat(30)])("rejects %j", (raw) =>
    expect(check(field, raw).ok).toBe(false),
  );
});

describe("postal-code", () => {
  const field = fieldOf("postal-code");
  it.each([
    ["44-100", "44-100"],
    ["44100", "44-100"],
    [" 44 100 ", "44-100"],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));
  it.each(["4410", "44-1000", "ab-cde", "441000"])("rejects %j with the format", (raw) =>
    expect(check(field, raw)).toMatchObject({
      ok: false,
      message: "Wpisz kod pocztowy w formacie 00-000, na przykład 44-100",
    }),
  );
  it("asks for a missing code", () => expect(check(field, "")).toMatchObject({ message: "Podaj kod pocztowy" }));
});

describe("pesel", () => {
  const field = fieldOf("pesel");
  it("accepts a valid number, with spaces removed", () => {
    expect(check(field, "4405 1401 458")).toEqual({ ok: true, value: "44051401458" });
  });
  it.each([
    ["", "Podaj numer PESEL"],
    ["4405140145", "Numer PESEL musi mieć 11 cyfr"],
    ["4405140145x", "Numer PESEL musi mieć 11 cyfr"],
    ["44051401459", "Sprawdź numer PESEL – ten numer jest niepoprawny"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));
});
