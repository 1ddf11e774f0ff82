import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readerFromRecord } from "../parse";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

// testEnv.today is 2026-05-14.
const field = fieldOf("date-range", { key: "stay", label: { pl: "Okres pobytu", en: "Period of stay" } });
const range = (from: string, to: string) => ({ from, to });

describe("date-range", () => {
  it("names two date inputs", () => expect(kinds["date-range"].inputNames(field)).toEqual(["stay.from", "stay.to"]));

  it.each([
    [range("2026-05-14", "2026-05-20"), range("2026-05-14", "2026-05-20")],
    [range("2026-05-14", "2026-05-14"), range("2026-05-14", "2026-05-14")],
    [range(" 1.6.2026 ", "14.06.2026"), range("2026-06-01", "2026-06-14")],
  ])("accepts %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    [range("", "2026-05-20"), "from", "Podaj datę początkową: Okres pobytu"],
    [range("2026-05-14", ""), "to", "Podaj datę końcową: Okres pobytu"],
    [range("2026-02-30", "2026-05-20"), "from", "Wpisz prawdziwą datę początkową: Okres pobytu"],
    [range("2026-05-14", "jutro"), "to", "Wpisz prawdziwą datę końcową: Okres pobytu"],
    [range("2026-05-20", "2026-05-14"), "to", "Data końcowa nie może być wcześniejsza niż początkowa: Okres pobytu"],
  ])("rejects %j at %s", (raw, path, message) => expect(check(field, raw)).toEqual({ ok: false, path, message }));

  it("does not compare a date that is not real", () => {
    const result = kinds["date-range"].schema(field, testEnv).safeParse(range("abc", "2026-01-01"));
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["from"]);
  });

  it("reports both missing dates of an empty required range, and a non-range at the start", () => {
    const result = kinds["date-range"].schema(field, testEnv).safeParse(null);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["from", "to"]);
    expect(check(field, "2026-05-14")).toMatchObject({ ok: false, message: "Podaj datę początkową: Okres pobytu" });
  });

  it("is null when optional and empty; half a range is still incomplete", () => {
    const optional = { ...field, optional: true };
    expect(check(optional, range("", ""))).toEqual({ ok: true, value: null });
    expect(check(optional, null)).toEqual({ ok: true, value: null });
    expect(check(optional, range("2026-05-14", ""))).toMatchObject({ ok: false, path: "to" });
  });

  it("applies min and max to both dates", () => {
    const future = { ...field, min: "today" as const, max: { daysFromToday: 30 } };
    expect(check(future, range("2026-05-13", "2026-05-20"))).toEqual({
      ok: false,
      path: "from",
      message: "Daty nie mogą być w przeszłości: Okres pobytu",
    });
    expect(check(future, range("2026-05-14", "2026-06-14"))).toEqual({
      ok: false,
      path: "to",
      message: "Daty muszą przypadać najpóźniej 13 czerwca 2026: Okres pobytu",
    });
    expect(check(future, range("2026-05-14", "2026-06-14"), testEnvEn)).toMatchObject({
      message: "The dates must be on or before 13 June 2026: Period of stay",
    });
    const past = { ...field, max: "today" as const, min: { date: "2000-01-01" } };
    expect(check(past, range("1999-12-31", "2000-01-02"))).toMatchObject({ message: "Daty muszą przypadać najwcześniej 1 stycznia 2000: Okres pobytu" });
    expect(check(past, range("2026-05-01", "2026-05-15"))).toMatchObject({ message: "Daty nie mogą być w przyszłości: Okres pobytu" });
  });

  it("resolves bounds against an earlier answer", () => {
    const after = { ...field, min: { field: "moveIn" } };
    expect(check(after, range("2026-05-01", "2026-05-20"), testEnv, { moveIn: "2026-05-10" })).toMatchObject({ ok: false, path: "from" });
    expect(check(after, range("2026-05-10", "2026-05-20"), testEnv, { moveIn: "2026-05-10" }).ok).toBe(true);
  });

  it("uses the definition's wording for the order", () => {
    const worded = { ...field, errors: { endBeforeStart: { pl: "Koniec pobytu musi być po jego początku" } } };
    expect(check(worded, range("2026-05-20", "2026-05-14"))).toMatchObject({ message: "Koniec pobytu musi być po jego początku" });
  });

  it("parses both inputs", () => {
    const read = readerFromRecord({ "stay.from": " 2026-05-14 ", "stay.to": "20.05.2026", stay: "ignored" });
    expect(kinds["date-range"].parse(read, field)).toEqual(range("2026-05-14", "2026-05-20"));
    expect(kinds["date-range"].parse(readerFromRecord({}), { ...field, optional: true })).toBeNull();
    expect(kinds["date-range"].parse(readerFromRecord({}), field)).toEqual(range("", ""));
  });

  it("summarises as one line", () => {
    expect(kinds["date-range"].summarize(range("2026-05-14", "2026-05-20"), field, testEnv)).toBe("14 maja 2026 – 20 maja 2026");
    expect(kinds["date-range"].summarize(range("2026-05-14", "2026-05-20"), field, testEnvEn)).toBe("14 May 2026 – 20 May 2026");
    expect(kinds["date-range"].summarize(null, field, testEnv)).toBe("Nie podano");
  });

  it("examples fit static bounds", () => {
    for (const bounded of [{ ...field, max: "today" as const }, { ...field, min: { daysFromToday: 3 }, max: { daysFromToday: 5 } }]) {
      expect(check(bounded, kinds["date-range"].example(bounded, testEnv)).ok).toBe(true);
    }
  });

  it("property: accepted ranges never end before they start", () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        const result = check(field, range(from, to));
        expect(result.ok).toBe(to >= from);
      }),
    );
  });
});
