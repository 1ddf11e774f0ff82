import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
  toDayNumber,
  warsawDateOf,
} from "./calendar-date";

const DAY_MS = 86_400_000;

/** Reference implementation through UTC Dates, only for cross-checking. */
function utcReference(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

// 1900-01-01 … 2299-12-31 as day numbers.
const dayNumbers = fc.integer({ min: -25_567, max: 120_529 });

describe("isCalendarDate / parseCalendarDate", () => {
  it.each(["2026-01-01", "2024-02-29", "2000-02-29", "1990-12-31"])("accepts %s", (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(["2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-1", "26-04-01", "2026-04-01T00:00", ""])(
    "rejects %j",
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      expect(() => parseCalendarDate(date)).toThrow(RangeError);
    },
  );

  it("splits a date into numbers", () => {
    expect(parseCalendarDate("2026-03-09")).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatCalendarDate(2026, 3, 9)).toBe("2026-03-09");
  });

  it("knows month lengths, leap years included", () => {
    expect([2023, 2024, 2100, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(fromDayNumber(20_454)).toBe("2026-01-01");
  });

  it("agrees with a UTC Date for every day 1900–2299 and round-trips", () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        expect(date).toBe(utcReference(n));
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29"); // DST change in Poland: no effect on dates
  });

  it("is inverse to daysBetween", () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -2_000, max: 2_000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(daysBetween(date, addDays(date, k))).toBe(k);
      }),
    );
  });

  it("refuses fractional days", () => {
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("addMonths (KPA art. 57 §3)", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-01-30", 1, "2026-02-28"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-11-30", 2, "2027-01-30"],
    ["2026-12-31", 2, "2027-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-05-31", 4, "2026-09-30"],
    ["2026-03-31", -1, "2026-02-28"],
  ] as const)("%s + %i month(s) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("keeps the day number, or falls back to the last day of a shorter month", () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: 1, max: 24 }), (n, months) => {
        const start = parseCalendarDate(fromDayNumber(n));
        const end = parseCalendarDate(addMonths(fromDayNumber(n), months));
        expect((end.year - start.year) * 12 + end.month - start.month).toBe(months);
        expect(end.day).toBe(Math.min(start.day, daysInMonth(end.year, end.month)));
      }),
    );
  });
});

describe("dayOfWeek", () => {
  it("uses ISO numbering, Monday = 1 … Sunday = 7", () => {
    expect(dayOfWeek("2026-01-05")).toBe(1);
    expect(dayOfWeek("2026-12-24")).toBe(4);
    expect(dayOfWeek("2026-02-21")).toBe(6);
    expect(dayOfWeek("2026-12-27")).toBe(7);
    expect(dayOfWeek("1970-01-01")).toBe(4);
  });

  it("agrees with Date.getUTCDay", () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        expect(dayOfWeek(fromDayNumber(n)) % 7).toBe(new Date(n * DAY_MS).getUTCDay());
      }),
    );
  });
});

describe("compareDates / daysBetween", () => {
  it("orders dates", () => {
    expect(compareDates("2026-01-02", "2026-01-10")).toBe(-1);
    expect(compareDates("2026-01-10", "2026-01-10")).toBe(0);
    expect(compareDates("2027-01-01", "2026-12-31")).toBe(1);
  });

  it("counts signed days", () => {
    expect(daysBetween("2026-01-01", "2026-01-03")).toBe(2);
    expect(daysBetween("2026-01-03", "2026-01-01")).toBe(-2);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });
});

describe("warsawDateOf", () => {
  it.each([
    // Winter time (UTC+1).
    ["2026-01-15T22:59:59Z", "2026-01-15"],
    ["2026-01-15T23:00:00Z", "2026-01-16"],
    ["2026-12-31T23:30:00Z", "2027-01-01"],
    // Summer time (UTC+2).
    ["2026-03-31T21:59:59Z", "2026-03-31"],
    ["2026-03-31T22:30:00Z", "2026-04-01"],
    // The night of the spring change (29 March 2026, 02:00 CET → 03:00 CEST).
    ["2026-03-28T23:00:00Z", "2026-03-29"],
    // The night of the autumn change (25 October 2026).
    ["2026-10-24T22:00:00Z", "2026-10-25"],
    ["2026-10-25T22:59:00Z", "2026-10-25"],
    ["2026-10-25T23:00:00Z", "2026-10-26"],
  ])("%s is %s in Warsaw", (instant, expected) => {
    expect(warsawDateOf(new Date(instant))).toBe(expected);
  });

  it("refuses an invalid Date", () => {
    expect(() => warsawDateOf(new Date("nope"))).toThrow(RangeError);
  });
});
