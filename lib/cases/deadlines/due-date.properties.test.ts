import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { ServiceDeadline } from "@/lib/catalog/types";

import { addDays, type CalendarDate, compareDates, daysBetween, warsawDateOf } from "./calendar-date";
import { computeDueDate, type PausedInterval } from "./due-date";
import { isNonWorkingDay } from "./polish-holidays";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const receivedAts = fc.date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2150-12-31T00:00:00Z"), noInvalidDate: true });
const dayRules = fc.integer({ min: 1, max: 400 }).map((days): ServiceDeadline => ({ kind: "days", days }));
const monthRules = fc.integer({ min: 1, max: 24 }).map((months): ServiceDeadline => ({ kind: "months", months }));
const rules = fc.oneof(dayRules, monthRules);

/** Pauses placed around the receipt (some before it, most after), lasting up to 60 days. */
function pausesAround(receivedAt: Date, { open }: { open: boolean }): fc.Arbitrary<PausedInterval[]> {
  const pause = fc.record({
    startMinutes: fc.integer({ min: -5 * 24 * 60, max: 500 * 24 * 60 }),
    lengthMinutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
    isOpen: open ? fc.boolean() : fc.constant(false),
  });
  return fc.array(pause, { maxLength: 4 }).map((list) =>
    list.map(({ startMinutes, lengthMinutes, isOpen }) => {
      const from = new Date(receivedAt.getTime() + startMinutes * MINUTE_MS);
      return { from, to: isOpen ? null : new Date(from.getTime() + lengthMinutes * MINUTE_MS) };
    }),
  );
}

const withPauses = (options: { open: boolean }) =>
  receivedAts.chain((receivedAt) => fc.tuple(fc.constant(receivedAt), rules, pausesAround(receivedAt, options)));

/**
 * Independent day-by-day reference: walk forward from the event day, skip every paused day
 * (after the Warsaw date of `from`, through the Warsaw date of `to`), stop at the N-th running day,
 * then step over non-working days.
 */
function referenceDueDate(receivedAt: Date, periodEnd: CalendarDate, pauses: readonly PausedInterval[]): CalendarDate | null {
  const eventDate = warsawDateOf(receivedAt);
  const ranges = pauses.map(({ from, to }) => ({ after: warsawDateOf(from), through: to === null ? null : warsawDateOf(to) }));
  const isPaused = (day: CalendarDate) =>
    ranges.some(({ after, through }) => compareDates(day, after) > 0 && (through === null || compareDates(day, through) <= 0));
  let runningDaysLeft = daysBetween(eventDate, periodEnd);
  let day = eventDate;
  while (runningDaysLeft > 0) {
    day = addDays(day, 1);
    if (isPaused(day)) {
      if (ranges.some(({ after, through }) => through === null && compareDates(day, after) > 0)) return null;
      continue;
    }
    runningDaysLeft -= 1;
  }
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}

describe("computeDueDate properties", () => {
  it("never ends on a Saturday, Sunday or public holiday", () => {
    fc.assert(
      fc.property(withPauses({ open: false }), ([receivedAt, rule, paused]) => {
        const { dueDate } = computeDueDate({ receivedAt, rule, paused });
        expect(dueDate).not.toBeNull();
        expect(isNonWorkingDay(dueDate!)).toBe(false);
      }),
    );
  });

  it("is never before the period end plus the paused days, and shifts by at most 5 days", () => {
    // The longest run of days off is five: Wigilia on a Wednesday through Sunday 28 December.
    fc.assert(
      fc.property(withPauses({ open: false }), ([receivedAt, rule, paused]) => {
        const result = computeDueDate({ receivedAt, rule, paused });
        const unshifted = addDays(result.periodEnd!, result.pausedDays);
        const shift = daysBetween(unshifted, result.dueDate!);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(5);
        expect(compareDates(result.dueDate!, result.periodEnd!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("agrees with a day-by-day reference count, open pauses included", () => {
    fc.assert(
      fc.property(withPauses({ open: true }), ([receivedAt, rule, paused]) => {
        const result = computeDueDate({ receivedAt, rule, paused });
        expect(result.dueDate).toBe(referenceDueDate(receivedAt, result.periodEnd!, paused));
        expect(result.note).toBe(result.dueDate === null ? "paused" : null);
        expect(result.paused).toBe(paused.some((pause) => pause.to === null));
      }),
    );
  });

  it("is monotonic in the number of days", () => {
    fc.assert(
      fc.property(
        withPauses({ open: true }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        ([receivedAt, , paused], shorter, extra) => {
          const short = computeDueDate({ receivedAt, rule: { kind: "days", days: shorter }, paused }).dueDate;
          const long = computeDueDate({ receivedAt, rule: { kind: "days", days: shorter + extra }, paused }).dueDate;
          if (short === null) expect(long).toBeNull();
          else if (long !== null) expect(compareDates(long, short)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("is monotonic in the number of months", () => {
    fc.assert(
      fc.property(receivedAts, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 24 }), (receivedAt, shorter, extra) => {
        const short = computeDueDate({ receivedAt, rule: { kind: "months", months: shorter } }).dueDate!;
        const long = computeDueDate({ receivedAt, rule: { kind: "months", months: shorter + extra } }).dueDate!;
        expect(compareDates(long, short)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never gets earlier when a pause is added", () => {
    fc.assert(
      fc.property(
        withPauses({ open: true }).chain(([receivedAt, rule, paused]) =>
          fc.tuple(fc.constant(receivedAt), fc.constant(rule), fc.constant(paused), pausesAround(receivedAt, { open: true })),
        ),
        ([receivedAt, rule, paused, more]) => {
          const before = computeDueDate({ receivedAt, rule, paused }).dueDate;
          const after = computeDueDate({ receivedAt, rule, paused: [...paused, ...more] }).dueDate;
          if (before === null) expect(after).toBeNull();
          else if (after !== null) expect(compareDates(after, before)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("ignores pauses that start and end on the same Warsaw day", () => {
    fc.assert(
      fc.property(receivedAts, rules, fc.integer({ min: 0, max: 300 }), (receivedAt, rule, dayOffset) => {
        // Noon to 13:00 UTC is always the same day in Poland.
        const noon = new Date(Math.floor(receivedAt.getTime() / DAY_MS + dayOffset) * DAY_MS + 12 * 60 * MINUTE_MS);
        const paused = [{ from: noon, to: new Date(noon.getTime() + 60 * MINUTE_MS) }];
        expect(computeDueDate({ receivedAt, rule, paused })).toEqual(computeDueDate({ receivedAt, rule }));
      }),
    );
  });
});
