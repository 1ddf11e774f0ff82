import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readerFromRecord } from "../parse";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

describe("integer", () => {
  const field = fieldOf("integer", { label: { pl: "Liczba osób", en: "Number of people" }, minValue: 1, maxValue: 2000 });

  it.each([
    ["12", 12],
    [" 1 234 ", 1234],
    ["1\u00a0500", 1500],
    [7, 7],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    ["", "Wypełnij pole „Liczba osób”"],
    [null, "Wypełnij pole „Liczba osób”"],
    ["12,5", "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    ["12.0", "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    ["dwanaście", "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    ["12 5", "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    [1.5, "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    [true, "Liczba osób musi być liczbą całkowitą, na przykład 12"],
    ["0", "Liczba osób musi wynosić co najmniej 1"],
    ["2 001", "Liczba osób musi wynosić najwyżej 2 000"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("has exact limits without bounds and speaks English", () => {
    const unbounded = fieldOf("integer");
    expect(check(unbounded, "-999 999 999 999 999")).toEqual({ ok: true, value: -999999999999999 });
    expect(check(unbounded, "1 000 000 000 000 000")).toMatchObject({ message: "Odpowiedź musi wynosić najwyżej 999 999 999 999 999" });
    expect(check(field, "2001", testEnvEn)).toMatchObject({ message: "Number of people must be 2,000 or less" });
  });

  it("uses the definition's wording for bounds", () => {
    const worded = { ...field, errors: { tooLarge: { pl: "Najwyżej {max} osób" } } };
    expect(check(worded, "5000")).toMatchObject({ message: "Najwyżej 2 000 osób" });
  });

  it("parses to a number, keeps text that is not one, and summarises grouped", () => {
    expect(kinds.integer.parse(readerFromRecord({ answer: " 1 234 " }), field)).toBe(1234);
    expect(kinds.integer.parse(readerFromRecord({ answer: "12,5" }), field)).toBe("12,5");
    expect(kinds.integer.parse(readerFromRecord({ answer: "9".repeat(20) }), field)).toBe("9".repeat(20));
    expect(kinds.integer.parse(readerFromRecord({}), field)).toBeNull();
    expect(kinds.integer.summarize(1234, field, testEnv)).toBe("1 234");
    expect(kinds.integer.summarize(1234, field, testEnvEn)).toBe("1,234");
    expect(kinds.integer.summarize(null, field, testEnv)).toBe("Nie podano");
    expect(check({ ...field, optional: true }, " ")).toEqual({ ok: true, value: null });
  });

  it("examples respect the bounds", () => {
    expect(kinds.integer.example(fieldOf("integer", { minValue: 5.5 }), testEnv)).toBe(6);
    expect(kinds.integer.example(fieldOf("integer", { maxValue: -3 }), testEnv)).toBe(-3);
  });

  it("property: every integer in range reads back from its grouped Polish form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (n) => {
        expect(check(field, kinds.integer.summarize(n, field, testEnv))).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe("decimal", () => {
  const field = fieldOf("decimal", { label: { pl: "Powierzchnia (m²)", en: "Area (m²)" }, minValue: 0, decimals: 2 });

  it.each([
    ["12,5", "12.5"],
    ["12.50", "12.5"],
    ["1 234,56", "1234.56"],
    [",75", "0.75"],
    ["0", "0"],
    [12.25, "12.25"],
    ["12.5", "12.5"],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    ["", "Wypełnij pole „Powierzchnia (m²)”"],
    ["12,345", "Wpisz liczbę z dokładnością do 2 miejsc po przecinku: Powierzchnia (m²)"],
    ["1.234,5", "Powierzchnia (m²) musi być liczbą, na przykład 12,5"],
    ["abc", "Powierzchnia (m²) musi być liczbą, na przykład 12,5"],
    ["-0,5", "Powierzchnia (m²) musi wynosić co najmniej 0"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("words the decimal places for 0 and 1", () => {
    expect(check({ ...field, decimals: 1 }, "1,25")).toMatchObject({
      message: "Wpisz liczbę z dokładnością do jednego miejsca po przecinku: Powierzchnia (m²)",
    });
    expect(check({ ...field, decimals: 0 }, "1,5")).toMatchObject({ message: "Powierzchnia (m²) musi być liczbą całkowitą, na przykład 12" });
    expect(check({ ...field, decimals: 1 }, "1,25", testEnvEn)).toMatchObject({
      message: "Enter a number with no more than 1 decimal place: Area (m²)",
    });
  });

  it("formats bounds in the reader's language", () => {
    const bounded = { ...field, maxValue: 1234.5 };
    expect(check(bounded, "2000")).toMatchObject({ message: "Powierzchnia (m²) musi wynosić najwyżej 1 234,5" });
    expect(check(bounded, "2000", testEnvEn)).toMatchObject({ message: "Area (m²) must be 1,234.5 or less" });
  });

  it("parses to the canonical string and summarises with a Polish comma", () => {
    expect(kinds.decimal.parse(readerFromRecord({ answer: "1 234,50" }), field)).toBe("1234.5");
    expect(kinds.decimal.parse(readerFromRecord({ answer: "x" }), field)).toBe("x");
    expect(kinds.decimal.summarize("1234.5", field, testEnv)).toBe("1 234,5");
    expect(kinds.decimal.summarize("1234.5", field, testEnvEn)).toBe("1,234.5");
  });

  it("examples respect bounds and decimals", () => {
    expect(kinds.decimal.example(fieldOf("decimal", { decimals: 0 }), testEnv)).toBe("12");
    expect(kinds.decimal.example(fieldOf("decimal", { minValue: 100 }), testEnv)).toBe("100");
  });

  it("property: no float drift, a typed value is stored digit for digit", () => {
    fc.assert(
      fc.property(fc.nat(10 ** 9), fc.nat(99), (whole, cents) => {
        const fraction = String(cents).padStart(2, "0").replace(/0+$/, "");
        const expected = fraction ? `${whole}.${fraction}` : `${whole}`;
        expect(check(field, `${whole},${String(cents).padStart(2, "0")}`)).toEqual({ ok: true, value: expected });
      }),
    );
  });
});

describe("money", () => {
  const field = fieldOf("money", { label: { pl: "Kwota opłaty", en: "Fee" } });

  it.each([
    ["1 234,56", 123456],
    ["1234.56", 123456],
    ["17 zł", 1700],
    ["17", 1700],
    ["0", 0],
    [1700, 1700],
  ])("accepts %j as %d grosze", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    ["", "Podaj kwotę: Kwota opłaty"],
    ["12,345", "Kwota może mieć najwyżej 2 cyfry po przecinku (grosze): Kwota opłaty"],
    ["-17", "Kwota nie może być ujemna: Kwota opłaty"],
    ["siedemnaście", "Wpisz kwotę w złotych, na przykład 1234,56: Kwota opłaty"],
    [17.5, "Wpisz kwotę w złotych, na przykład 1234,56: Kwota opłaty"],
    ["99 999 999 999 999", "Kwota opłaty musi wynosić najwyżej 9 999 999 999 999,99 zł"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("takes bounds in złoty and allows negatives only when minValue does", () => {
    const bounded = { ...field, minValue: 17, maxValue: 598 };
    expect(check(bounded, "17").ok).toBe(true);
    expect(check(bounded, "16,99")).toMatchObject({ message: "Kwota opłaty musi wynosić co najmniej 17,00 zł" });
    expect(check(bounded, "598,01")).toMatchObject({ message: "Kwota opłaty musi wynosić najwyżej 598,00 zł" });
    expect(check(bounded, "-1")).toMatchObject({ message: "Kwota nie może być ujemna: Kwota opłaty" });
    expect(check(bounded, "598,01", testEnvEn)).toMatchObject({ message: "Fee must be PLN 598.00 or less" });
    const correction = { ...field, minValue: -100 };
    expect(check(correction, "-17,50")).toEqual({ ok: true, value: -1750 });
    expect(check(correction, "-100,01")).toMatchObject({ message: "Kwota opłaty musi wynosić co najmniej -100,00 zł" });
  });

  it("parses to grosze and summarises", () => {
    expect(kinds.money.parse(readerFromRecord({ answer: "17,50 zł" }), field)).toBe(1750);
    expect(kinds.money.parse(readerFromRecord({ answer: "12,345" }), field)).toBe("12,345");
    expect(kinds.money.summarize(123456, field, testEnv)).toBe("1 234,56 zł");
    expect(kinds.money.summarize(123456, field, testEnvEn)).toBe("PLN 1,234.56");
    expect(kinds.money.example({ ...field, minValue: 598 }, testEnv)).toBe(59800);
  });
});
