/**
 * Periods that do not count towards the office's deadline (KPA art. 35 §5): a request to
 * supplement the application (art. 64 §2), a suspension (art. 97–98), other waiting for the party.
 *
 * How a pause is counted, in whole calendar days of Europe/Warsaw:
 *   a pause from instant F to instant T covers the days AFTER the Warsaw date of F up to AND
 *   INCLUDING the Warsaw date of T, i.e. (date(F), date(T)]. It therefore adds
 *   date(T) − date(F) days, and a pause that starts and ends on the same day adds nothing.
 *
 * Why:
 * - The day the pause starts is a day on which the office's period was running (the clerk worked
 *   on the case and issued the request or the order that day), so it stays counted.
 * - When the pause ends (the missing documents arrive, the proceedings are resumed), counting
 *   starts again the next day, exactly as art. 57 §1 starts a period the day after the event
 *   (the day of the event is not counted). NSA I OSK 27/20 treats a late-supplemented application
 *   as filed on the day of the supplement, which points the same way: that day is the new "event".
 * - Each calendar day is either running or paused, never both, so a pause neither steals a day
 *   from the office nor gives it one twice, and overlapping pauses count their shared days once.
 *
 * A pause only matters while the clock is running: the period's end is the N-th running day after
 * the event day, so paused days after that end (a suspension ordered once the deadline had already
 * passed, or starting on its last day) do not move it.
 */
import { addDays, type CalendarDate, compareDates, daysBetween, warsawDateOf } from "./calendar-date";

export type PausedInterval = { from: Date; to: Date | null };

/** Paused calendar days as a range: after `afterDate`, up to and including `through` (null: still paused). */
export type PausedDayRange = { afterDate: CalendarDate; through: CalendarDate | null };

/** Converts instants to Warsaw day ranges; throws RangeError when an interval ends before it starts. */
export function toPausedDayRanges(intervals: readonly PausedInterval[]): PausedDayRange[] {
  return intervals.map(({ from, to }) => {
    if (to !== null && to.getTime() < from.getTime()) {
      throw new RangeError(`A paused interval ends (${to.toISOString()}) before it starts (${from.toISOString()})`);
    }
    return { afterDate: warsawDateOf(from), through: to === null ? null : warsawDateOf(to) };
  });
}

export type PeriodEndAfterPauses =
  | { kind: "ends"; end: CalendarDate; pausedDays: number }
  | { kind: "paused"; pausedSince: CalendarDate; pausedDays: number };

/**
 * Moves the end of a running period (`end`, the last counted day; the period started the day after
 * `eventDate`) over the paused days that fall inside it. Returns "paused" when an open pause stops
 * the clock before the period has run out.
 */
export function extendOverPauses(eventDate: CalendarDate, end: CalendarDate, ranges: readonly PausedDayRange[]): PeriodEndAfterPauses {
  // Days on or before the event day are not part of the period: clip pauses to start there.
  const clipped = ranges
    .map((range) => ({ ...range, afterDate: compareDates(range.afterDate, eventDate) < 0 ? eventDate : range.afterDate }))
    .filter((range) => range.through === null || compareDates(range.through, range.afterDate) > 0)
    .sort((a, b) => compareDates(a.afterDate, b.afterDate));

  let currentEnd = end;
  let pausedDays = 0;
  // Every day up to and including `countedThrough` has already been classified.
  let countedThrough = eventDate;
  for (const range of clipped) {
    const after = compareDates(range.afterDate, countedThrough) < 0 ? countedThrough : range.afterDate;
    // The first paused day is after + 1; it only matters when it is not later than the current end.
    if (compareDates(after, currentEnd) >= 0) break;
    if (range.through === null) return { kind: "paused", pausedSince: range.afterDate, pausedDays };
    const days = daysBetween(after, range.through);
    if (days <= 0) continue; // entirely inside pauses already counted
    pausedDays += days;
    currentEnd = addDays(currentEnd, days);
    countedThrough = range.through;
  }
  return { kind: "ends", end: currentEnd, pausedDays };
}
