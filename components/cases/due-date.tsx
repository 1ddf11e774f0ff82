import { daysLeft, deadlineState } from "@/lib/cases/deadlines/deadline-state";
import { warsawDateOf } from "@/lib/cases/deadlines/calendar-date";
import type { CaseStatus } from "@/lib/cases/status-values";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** Statuses in which the office no longer owes a decision: no countdown. */
const settled: readonly CaseStatus[] = ["decided", "closed", "withdrawn"];

export function formatCalendarDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "pl" ? "pl-PL" : "en-GB", { timeZone: "Europe/Warsaw", dateStyle: "long" }).format(new Date(`${date}T12:00:00Z`));
}

/** The statutory deadline: its date and, while the case is open, how much time is left. */
export function DueDate({ dueDate, status, t, locale, today = warsawDateOf(new Date()) }: { dueDate: string | null; status: CaseStatus; t: Translate; locale: Locale; today?: string }) {
  if (!dueDate) return <span>{t("cases.deadline.immediately")}</span>;
  const formatted = <time dateTime={dueDate}>{formatCalendarDate(dueDate, locale)}</time>;
  if (settled.includes(status)) return formatted;
  const left = daysLeft(dueDate, today);
  const state = deadlineState(dueDate, today);
  const text =
    state === "overdue" ? t("cases.deadline.overdue", { days: String(-left) }) : left === 0 ? t("cases.deadline.dueToday") : t(`cases.deadline.${state}`, { days: String(left) });
  const warn = state === "overdue" || state === "urgent";
  return (
    <span data-deadline-state={state}>
      {formatted}{" "}
      <span className={warn ? "font-bold text-[var(--color-error)]" : state === "soon" ? "font-bold" : "text-[var(--color-muted)]"}>({text})</span>
    </span>
  );
}
