/**
 * The date by which the office must settle a case, from the service's calendar rule (KPA art. 35
 * and special statutes) and the counting rules of KPA art. 57:
 *
 * 1. The event is the receipt: its received-at instant taken as a date in Europe/Warsaw (for an
 *    electronic filing the proceedings start the day the receipt is issued, art. 61 §3a).
 * 2. A period in days starts the next day and ends at the end of its last day (art. 57 §1):
 *    event + N days. A period in months ends on the same day number N months later, or on that
 *    month's last day when it has no such day (art. 57 §3).
 * 3. Paused days (art. 35 §5; see paused-intervals.ts for exactly how they are counted) that fall
 *    inside the running period push its end back by as many calendar days. An open pause that began
 *    before the period ran out stops the clock: there is no due date until it ends.
 * 4. Only then, if the end is a Saturday, a Sunday or a public holiday, it moves to the next working
 *    day, repeatedly (art. 57 §4).
 *
 * "immediately" (niezwłocznie, art. 35 §2) has no computable date.
 */
import type { ServiceDeadline } from "@/lib/catalog/types";

import { addDays, addMonths, type CalendarDate, warsawDateOf } from "./calendar-date";
import { extendOverPauses, type PausedInterval, toPausedDayRanges } from "./paused-intervals";
import { nextWorkingDayFrom } from "./polish-holidays";

export type { PausedInterval } from "./paused-intervals";
export { daysLeft, deadlineState, type DeadlineState } from "./deadline-state";

export type DueDateInput = {
  /** When the receipt (UPO/UPP) was issued. */
  receivedAt: Date;
  rule: ServiceDeadline;
  /** Intervals when the clock did not run; `to: null` means it is still stopped. */
  paused?: readonly PausedInterval[];
};

export type DueDateResult = {
  /** The last day on which the case is on time, or null (see `note`). */
  dueDate: CalendarDate | null;
  /** Why there is no due date: "immediately" (niezwłocznie) or "paused" (an open pause); else null. */
  note: "immediately" | "paused" | null;
  /** True while an open pause exists (also when it began after the deadline had already passed). */
  paused: boolean;
  /** The receipt's date in Europe/Warsaw: the day the period counts from. */
  eventDate: CalendarDate;
  /** End of the period by art. 57 §1/§3 alone, before pauses and the §4 shift; null for "immediately". */
  periodEnd: CalendarDate | null;
  /** Calendar days added for pauses (art. 35 §5). */
  pausedDays: number;
  /** Warsaw date on which the open pause began, when there is one. */
  pausedSince: CalendarDate | null;
};

/** Last day of the period by art. 57 §1 (days) or §3 (months), before pauses and the §4 shift. */
export function statutoryPeriodEnd(eventDate: CalendarDate, rule: Exclude<ServiceDeadline, { kind: "immediately" }>): CalendarDate {
  if (rule.kind === "days") {
    if (!Number.isInteger(rule.days) || rule.days < 1) throw new RangeError(`A period in days needs a whole number ≥ 1, got ${rule.days}`);
    return addDays(eventDate, rule.days);
  }
  if (!Number.isInteger(rule.months) || rule.months < 1) throw new RangeError(`A period in months needs a whole number ≥ 1, got ${rule.months}`);
  return addMonths(eventDate, rule.months);
}

export function computeDueDate({ receivedAt, rule, paused = [] }: DueDateInput): DueDateResult {
  const eventDate = warsawDateOf(receivedAt);
  const ranges = toPausedDayRanges(paused);
  const openPause = ranges.find((range) => range.through === null);
  const base = { eventDate, paused: openPause !== undefined, pausedSince: openPause?.afterDate ?? null };

  if (rule.kind === "immediately") {
    return { ...base, dueDate: null, note: "immediately", periodEnd: null, pausedDays: 0 };
  }

  const periodEnd = statutoryPeriodEnd(eventDate, rule);
  const extended = extendOverPauses(eventDate, periodEnd, ranges);
  if (extended.kind === "paused") {
    return { ...base, dueDate: null, note: "paused", periodEnd, pausedDays: extended.pausedDays, paused: true, pausedSince: extended.pausedSince };
  }
  return { ...base, dueDate: nextWorkingDayFrom(extended.end), note: null, periodEnd, pausedDays: extended.pausedDays };
}
