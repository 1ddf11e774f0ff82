/**
 * Warns the clerk a case is assigned to before its statutory deadline passes: once per case and
 * threshold (default 7 and 2 days), however often the job runs. A case first found already
 * inside several thresholds gets one notification, for the most urgent. Runs in the worker.
 */
import { and, eq, gte, inArray, isNotNull, lte } from "drizzle-orm";

import type { Database } from "@/db/client";
import { cases, deadlineWarnings } from "@/db/schema";
import { notify } from "@/lib/notify/notify";
import { addDays, warsawDateOf } from "./deadlines/calendar-date";
import { daysLeft } from "./deadlines/deadline-state";
import type { CaseStatus } from "./status-values";

export const DEFAULT_WARNING_THRESHOLDS = [7, 2] as const;

/** Statuses in which the office's clock runs (awaiting the resident pauses it). */
const running: CaseStatus[] = ["submitted", "registered", "in_progress"];

/** "7,2" → [7, 2]; anything unusable → the defaults. */
export function parseThresholds(value: string | undefined): number[] {
  const parsed = (value ?? "").split(",").filter((part) => /^\s*\d{1,3}\s*$/.test(part)).map(Number).filter((n) => n <= 365);
  return parsed.length > 0 ? [...new Set(parsed)].sort((a, b) => b - a) : [...DEFAULT_WARNING_THRESHOLDS];
}

function formatDueDate(date: string): string {
  return new Intl.DateTimeFormat("pl-PL", { timeZone: "Europe/Warsaw", dateStyle: "long" }).format(new Date(`${date}T12:00:00Z`));
}

export async function sendDeadlineWarnings(db: Database, now: Date, thresholds: readonly number[] = DEFAULT_WARNING_THRESHOLDS): Promise<number> {
  if (thresholds.length === 0) return 0;
  const today = warsawDateOf(now);
  const candidates = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber, officeId: cases.officeId, dueDate: cases.dueDate, assigneeId: cases.assigneeId })
    .from(cases)
    .where(
      and(
        inArray(cases.status, running),
        isNotNull(cases.assigneeId),
        isNotNull(cases.dueDate),
        gte(cases.dueDate, today),
        lte(cases.dueDate, addDays(today, Math.max(...thresholds))),
      ),
    );
  let sent = 0;
  for (const kase of candidates) {
    const left = daysLeft(kase.dueDate!, today);
    const crossed = thresholds.filter((t) => left <= t);
    if (crossed.length === 0) continue;
    const mostUrgent = Math.min(...crossed);
    const notified = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(deadlineWarnings)
        .values(crossed.map((threshold) => ({ caseId: kase.id, threshold, dueDate: kase.dueDate!, sentAt: now })))
        .onConflictDoNothing()
        .returning({ threshold: deadlineWarnings.threshold });
      // Only a threshold not warned about before is news (a concurrent run inserts nothing).
      if (!inserted.some((row) => row.threshold === mostUrgent)) return false;
      await notify(tx, { now }, {
        kind: "deadline_warning",
        recipientId: kase.assigneeId!,
        officeId: kase.officeId,
        caseId: kase.id,
        params: { caseNumber: kase.caseNumber, dueDate: formatDueDate(kase.dueDate!), daysLeft: String(left) },
      });
      return true;
    });
    if (notified) sent++;
  }
  return sent;
}

/** The warnings already sent for a case (for the clerk's view and tests). */
export async function warningsFor(db: Database, caseId: string) {
  return db.select().from(deadlineWarnings).where(eq(deadlineWarnings.caseId, caseId));
}
