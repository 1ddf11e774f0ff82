/** How close a case is to its deadline, for lists and warnings (research §2.6: warn at T-7 and T-2). */
import { type CalendarDate, daysBetween } from "./calendar-date";

export type DeadlineState = "ok" | "soon" | "urgent" | "overdue";

/**
 * Whole days from `today` to the due date: 0 on the due date itself (the period ends at the end of
 * that day), negative once it has passed.
 */
export function daysLeft(dueDate: CalendarDate, today: CalendarDate): number {
  return daysBetween(today, dueDate);
}

/**
 * "overdue" after the due date; "urgent" when at most `urgent` days are left (the due date itself
 * included); "soon" when at most `soon` days are left; otherwise "ok".
 */
export function deadlineState(
  dueDate: CalendarDate,
  today: CalendarDate,
  thresholds: readonly [soon: number, urgent: number] = [7, 2],
): DeadlineState {
  const [soon, urgent] = thresholds;
  if (!Number.isInteger(soon) || !Number.isInteger(urgent) || urgent < 0 || soon < urgent) {
    throw new RangeError(`Thresholds must be whole numbers with soon ≥ urgent ≥ 0, got [${soon}, ${urgent}]`);
  }
  const left = daysLeft(dueDate, today);
  if (left < 0) return "overdue";
  if (left <= urgent) return "urgent";
  if (left <= soon) return "soon";
  return "ok";
}
