import { describe, expect, it } from "vitest";

import type { ServiceDeadline } from "@/lib/catalog/types";

import { computeDueDate, daysLeft, deadlineState, statutoryPeriodEnd } from "./due-date";

const days = (n: number): ServiceDeadline => ({ kind: "days", days: n });
const months = (n: number): ServiceDeadline => ({ kind: "months", months: n });
/** An instant written in Polish local time (pass the offset: +01:00 in winter, +02:00 in summer). */
const at = (iso: string) => new Date(iso);

describe("computeDueDate: periods in days (KPA art. 57 §1)", () => {
  it("starts the day after the receipt and ends on the last day", () => {
    const result = computeDueDate({ receivedAt: at("2026-03-02T10:00:00+01:00"), rule: days(30) });
    expect(result).toEqual({
      dueDate: "2026-04-01",
      note: null,
      paused: false,
      eventDate: "2026-03-02",
      periodEnd: "2026-04-01",
      pausedDays: 0,
      pausedSince: null,
    });
    expect(computeDueDate({ receivedAt: at("2026-03-02T10:00:00+01:00"), rule: days(7) }).dueDate).toBe("2026-03-09");
  });

  it("moves 14 days ending on a Saturday to Monday (art. 57 §4)", () => {
    const result = computeDueDate({ receivedAt: at("2026-02-07T12:00:00+01:00"), rule: days(14) });
    expect(result.periodEnd).toBe("2026-02-21");
    expect(result.dueDate).toBe("2026-02-23");
  });

  it("moves an end on Christmas Eve 2026 (Thursday) to Monday 28 December", () => {
    // 24 (Wigilia), 25 and 26 December are holidays, the 27th is a Sunday.
    const result = computeDueDate({ receivedAt: at("2026-12-10T09:00:00+01:00"), rule: days(14) });
    expect(result.periodEnd).toBe("2026-12-24");
    expect(result.dueDate).toBe("2026-12-28");
  });

  it("keeps Christmas Eve 2024 as an ordinary working day", () => {
    expect(computeDueDate({ receivedAt: at("2024-12-10T09:00:00+01:00"), rule: days(14) }).dueDate).toBe("2024-12-24");
  });

  it("takes the receipt's date in Warsaw, not in UTC", () => {
    // 22:30 UTC on 31 March is 00:30 on 1 April in Poland (summer time).
    const result = computeDueDate({ receivedAt: new Date("2026-03-31T22:30:00Z"), rule: days(14) });
    expect(result.eventDate).toBe("2026-04-01");
    expect(result.dueDate).toBe("2026-04-15");
    // One hour earlier it is still 31 March in Poland.
    expect(computeDueDate({ receivedAt: new Date("2026-03-31T21:30:00Z"), rule: days(14) }).dueDate).toBe("2026-04-14");
  });

  it("refuses a period that is not a whole number of days ≥ 1", () => {
    for (const bad of [0, -1, 1.5]) {
      expect(() => computeDueDate({ receivedAt: at("2026-03-02T10:00:00+01:00"), rule: days(bad) })).toThrow(RangeError);
    }
  });
});

describe("computeDueDate: periods in months (KPA art. 57 §3)", () => {
  it("ends 1 month after 31 January on the last day of February (non-leap year)", () => {
    const result = computeDueDate({ receivedAt: at("2025-01-31T10:00:00+01:00"), rule: months(1) });
    expect(result.periodEnd).toBe("2025-02-28");
    expect(result.dueDate).toBe("2025-02-28"); // a Friday
  });

  it("ends 1 month after 31 January on 29 February in a leap year", () => {
    expect(computeDueDate({ receivedAt: at("2024-01-31T10:00:00+01:00"), rule: months(1) }).dueDate).toBe("2024-02-29");
  });

  it("moves 28 February 2026 (a Saturday) to Monday 2 March", () => {
    const result = computeDueDate({ receivedAt: at("2026-01-31T10:00:00+01:00"), rule: months(1) });
    expect(result.periodEnd).toBe("2026-02-28");
    expect(result.dueDate).toBe("2026-03-02");
  });

  it("moves an end on Easter Monday to Tuesday", () => {
    const result = computeDueDate({ receivedAt: at("2026-03-06T10:00:00+01:00"), rule: months(1) });
    expect(result.periodEnd).toBe("2026-04-06");
    expect(result.dueDate).toBe("2026-04-07");
  });

  it("handles two months and the end of the year", () => {
    expect(computeDueDate({ receivedAt: at("2026-12-31T10:00:00+01:00"), rule: months(2) }).dueDate).toBe("2027-03-01"); // 28 Feb 2027 is a Sunday
    expect(computeDueDate({ receivedAt: at("2026-10-15T10:00:00+02:00"), rule: months(2) }).dueDate).toBe("2026-12-15");
  });

  it("refuses a period that is not a whole number of months ≥ 1", () => {
    expect(() => statutoryPeriodEnd("2026-01-01", { kind: "months", months: 0 })).toThrow(RangeError);
  });
});

describe("computeDueDate: immediately (niezwłocznie)", () => {
  it("has no computed date", () => {
    expect(computeDueDate({ receivedAt: at("2026-03-02T10:00:00+01:00"), rule: { kind: "immediately" } })).toEqual({
      dueDate: null,
      note: "immediately",
      paused: false,
      eventDate: "2026-03-02",
      periodEnd: null,
      pausedDays: 0,
      pausedSince: null,
    });
  });

  it("still reports an open pause", () => {
    const result = computeDueDate({
      receivedAt: at("2026-03-02T10:00:00+01:00"),
      rule: { kind: "immediately" },
      paused: [{ from: at("2026-03-02T12:00:00+01:00"), to: null }],
    });
    expect(result).toMatchObject({ dueDate: null, note: "immediately", paused: true, pausedSince: "2026-03-02" });
  });
});

describe("computeDueDate: paused intervals (KPA art. 35 §5)", () => {
  // Received Monday 2 March 2026; 30 days end on Wednesday 1 April.
  const receivedAt = at("2026-03-02T10:00:00+01:00");

  it("adds the paused days, then applies the weekend/holiday shift", () => {
    // Paused from 10 March to 15 March: days 11–15 are paused, 5 days.
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [{ from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-15T12:00:00+01:00") }],
    });
    expect(result.pausedDays).toBe(5);
    // 1 April + 5 days = 6 April, Easter Monday → Tuesday 7 April. (Shifting first would have
    // given 6 April, a holiday.)
    expect(result.dueDate).toBe("2026-04-07");
  });

  it("counts nothing for a pause that starts and ends on the same day", () => {
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [{ from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-10T15:00:00+01:00") }],
    });
    expect(result.pausedDays).toBe(0);
    expect(result.dueDate).toBe("2026-04-01");
  });

  it("counts the pause in Warsaw days: crossing Polish midnight is one day", () => {
    // 23:30 → 00:30 Polish time; both instants are on 10 March in UTC.
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [{ from: new Date("2026-03-10T22:30:00Z"), to: new Date("2026-03-10T23:30:00Z") }],
    });
    expect(result.pausedDays).toBe(1);
    expect(result.dueDate).toBe("2026-04-02");
  });

  it("counts a pause that starts on the receipt day from the next day on", () => {
    // Request to supplement sent the day of receipt, answered on 9 March: the 30 days run from 10 March.
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [{ from: at("2026-03-02T15:00:00+01:00"), to: at("2026-03-09T11:00:00+01:00") }],
    });
    expect(result.pausedDays).toBe(7);
    expect(result.dueDate).toBe("2026-04-08");
  });

  it("counts overlapping or nested pauses once", () => {
    const overlapping = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [
        { from: at("2026-03-12T09:00:00+01:00"), to: at("2026-03-20T09:00:00+01:00") },
        { from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-15T09:00:00+01:00") },
      ],
    });
    expect(overlapping.pausedDays).toBe(10); // 11–20 March
    expect(overlapping.dueDate).toBe("2026-04-13"); // 11 April is a Saturday

    const nested = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [
        { from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-20T09:00:00+01:00") },
        { from: at("2026-03-12T09:00:00+01:00"), to: at("2026-03-15T09:00:00+01:00") },
      ],
    });
    expect(nested.pausedDays).toBe(10);
  });

  it("counts a later pause that falls inside the already extended period", () => {
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [
        { from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-15T09:00:00+01:00") }, // → 6 April
        { from: at("2026-04-03T09:00:00+02:00"), to: at("2026-04-05T09:00:00+02:00") }, // after 1 April, before 6 April
      ],
    });
    expect(result.pausedDays).toBe(7);
    expect(result.dueDate).toBe("2026-04-08");
  });

  it("ignores a pause that begins once the period has run out, or on its last day", () => {
    for (const from of ["2026-04-01T09:00:00+02:00", "2026-04-02T09:00:00+02:00"]) {
      const result = computeDueDate({ receivedAt, rule: days(30), paused: [{ from: at(from), to: at("2026-04-10T09:00:00+02:00") }] });
      expect(result.pausedDays).toBe(0);
      expect(result.dueDate).toBe("2026-04-01");
    }
    // One day earlier it counts: 31 March → 3 April adds 3 days, 4 April is Easter Saturday → 7 April.
    const dayBefore = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [{ from: at("2026-03-31T09:00:00+02:00"), to: at("2026-04-03T09:00:00+02:00") }],
    });
    expect(dayBefore.pausedDays).toBe(3);
    expect(dayBefore.dueDate).toBe("2026-04-07");
  });

  it("extends a period in months by whole days", () => {
    const result = computeDueDate({
      receivedAt: at("2026-01-31T10:00:00+01:00"),
      rule: months(1),
      paused: [{ from: at("2026-02-02T09:00:00+01:00"), to: at("2026-02-07T09:00:00+01:00") }],
    });
    expect(result.periodEnd).toBe("2026-02-28");
    expect(result.dueDate).toBe("2026-03-05");
  });

  it("has no due date while an open pause stops the clock", () => {
    const result = computeDueDate({
      receivedAt,
      rule: days(30),
      paused: [
        { from: at("2026-03-05T09:00:00+01:00"), to: at("2026-03-07T09:00:00+01:00") },
        { from: at("2026-03-10T09:00:00+01:00"), to: null },
      ],
    });
    expect(result).toEqual({
      dueDate: null,
      note: "paused",
      paused: true,
      eventDate: "2026-03-02",
      periodEnd: "2026-04-01",
      pausedDays: 2,
      pausedSince: "2026-03-10",
    });
  });

  it("keeps the (missed) due date when an open pause began after the period ran out", () => {
    const result = computeDueDate({ receivedAt, rule: days(30), paused: [{ from: at("2026-04-05T09:00:00+02:00"), to: null }] });
    expect(result).toMatchObject({ dueDate: "2026-04-01", note: null, paused: true, pausedSince: "2026-04-05" });
  });

  it("refuses an interval that ends before it starts", () => {
    expect(() =>
      computeDueDate({
        receivedAt,
        rule: days(30),
        paused: [{ from: at("2026-03-10T09:00:00+01:00"), to: at("2026-03-09T09:00:00+01:00") }],
      }),
    ).toThrow(RangeError);
  });
});

describe("daysLeft / deadlineState", () => {
  it("counts whole days to the due date", () => {
    expect(daysLeft("2026-04-15", "2026-04-01")).toBe(14);
    expect(daysLeft("2026-04-15", "2026-04-15")).toBe(0);
    expect(daysLeft("2026-04-15", "2026-04-17")).toBe(-2);
  });

  it.each([
    ["2026-04-01", "ok"],
    ["2026-04-07", "ok"], // 8 days left
    ["2026-04-08", "soon"], // 7 days left
    ["2026-04-12", "soon"], // 3 days left
    ["2026-04-13", "urgent"], // 2 days left
    ["2026-04-15", "urgent"], // the due date itself
    ["2026-04-16", "overdue"],
  ] as const)("on %s a case due 2026-04-15 is %s", (today, expected) => {
    expect(deadlineState("2026-04-15", today)).toBe(expected);
  });

  it("takes other thresholds", () => {
    expect(deadlineState("2026-04-15", "2026-04-01", [14, 3])).toBe("soon");
    expect(deadlineState("2026-04-15", "2026-04-12", [14, 3])).toBe("urgent");
    expect(deadlineState("2026-04-15", "2026-04-14", [0, 0])).toBe("ok");
    expect(deadlineState("2026-04-15", "2026-04-15", [0, 0])).toBe("urgent");
  });

  it("refuses inconsistent thresholds", () => {
    expect(() => deadlineState("2026-04-15", "2026-04-01", [2, 7])).toThrow(RangeError);
    expect(() => deadlineState("2026-04-15", "2026-04-01", [7, -1])).toThrow(RangeError);
  });
});
