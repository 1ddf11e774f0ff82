import { describe, expect, it } from "vitest";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

// testEnv.today is 2026-05-14.
describe("date", () => {
  const field = fieldOf("date", { label: { pl: "Data rozpoczęcia pobytu", en: "Start date" } });

  it.each([
    ["2026-05-14", "2026-05-14"],
    [" 2024-02-29 ", "2024-02-29"],
    ["14.05.2026", "2026-05-14"],
    ["1.2.2026", "2026-02-01"],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-5-14", "jutro", "31.02.2026"])("rejects %j", (raw) =>
    expect(check(field, raw)).toMatchObject({ ok: false, message: "Wpisz prawdziwą datę: Data rozpoczęcia pobytu" }),
  );

  it("asks for a missing date", () => {
    expect(check(field, "")).toMatchObject({ ok: false, message: "Podaj datę: Data rozpoczęcia pobytu" });
    expect(check({ ...field, optional: true }, "")).toEqual({ ok: true, value: null });
  });

  it("max today: no future dates", () => {
    const past = { ...field, max: "today" as const };
    expect(check(past, "2026-05-14").ok).toBe(true);
    expect(check(past, "2026-05-15")).toMatchObject({ message: "Data rozpoczęcia pobytu nie może być w przyszłości" });
    expect(check(past, "2026-05-15", testEnvEn)).toMatchObject({ message: "Start date must not be in the future" });
  });

  it("min today: no past dates", () => {
    const future = { ...field, min: "today" as const };
    expect(check(future, "2026-05-13")).toMatchObject({ message: "Data rozpoczęcia pobytu nie może być w przeszłości" });
  });

  it("days from today and fixed dates", () => {
    const window = { ...field, min: { date: "1900-01-01" }, max: { daysFromToday: 30 } };
    expect(check(window, "2026-06-13").ok).toBe(true);
    expect(check(window, "2026-06-14")).toMatchObject({
      message: "Data rozpoczęcia pobytu musi przypadać najpóźniej 13 czerwca 2026",
    });
    expect(check(window, "1899-12-31")).toMatchObject({
      message: "Data rozpoczęcia pobytu musi przypadać najwcześniej 1 stycznia 1900",
    });
  });

  it("bounds relative to another answer", () => {
    const end = { ...field, min: { field: "start", offsetDays: 1 }, max: { field: "start", offsetMonths: 36 } };
    const answers = { start: "2026-05-14" };
    expect(check(end, "2026-05-14", testEnv, answers)).toMatchObject({
      message: "Data rozpoczęcia pobytu musi przypadać najwcześniej 15 maja 2026",
    });
    expect(check(end, "2026-05-15", testEnv, answers).ok).toBe(true);
    expect(check(end, "2029-05-14", testEnv, answers).ok).toBe(true);
    expect(check(end, "2029-05-15", testEnv, answers)).toMatchObject({ ok: false });
    // No usable start date yet: that field reports its own error; this one is not blocked.
    expect(check(end, "2000-01-01", testEnv, {}).ok).toBe(true);
    expect(check(end, "2000-01-01", testEnv, { start: "nonsense" }).ok).toBe(true);
  });

  it("uses field wording with the date filled in", () => {
    const worded = {
      ...field,
      max: { daysFromToday: 30 },
      errors: { tooLate: { pl: "Najpóźniej {date}" } },
    };
    expect(check(worded, "2027-01-01")).toMatchObject({ message: "Najpóźniej 13 czerwca 2026" });
  });

  it("summarises in the reader's language", () => {
    expect(kinds.date.summarize("2026-05-14", field, testEnv)).toBe("14 maja 2026");
    expect(kinds.date.summarize("2026-05-14", field, testEnvEn)).toBe("14 May 2026");
    expect(kinds.date.summarize(null, field, testEnv)).toBe("Nie podano");
  });

  it("examples respect static bounds", () => {
    const past = { ...field, max: { daysFromToday: -10 } };
    expect(kinds.date.example(past, testEnv)).toBe("2026-05-04");
    expect(check(past, kinds.date.example(past, testEnv)).ok).toBe(true);
  });
});
