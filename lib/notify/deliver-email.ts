/**
 * Runs in the worker: decides whether a notification goes by e-mail and sends it. The
 * notification id is the Message-ID, so a re-send after a crash shows once in the mailbox.
 * No server-only imports: the worker is a plain Node process.
 */
import { and, eq } from "drizzle-orm";

import type { Database } from "@/db/client";
import { notificationPreferences, notifications, offices, users } from "@/db/schema";
import { defaultLocale } from "@/lib/i18n/locales";
import type { EmailStatus } from "./kinds";
import type { Mailer } from "./mailer";
import { renderEmail } from "./render-email";

export type DeliveryDeps = { db: Database; mailer: Mailer; appUrl: string; now?: () => Date; afterSend?: (to: string) => void };

export function messageIdFor(notificationId: string, appUrl: string): string {
  return `<${notificationId}@${new URL(appUrl).hostname}>`;
}

async function setStatus(db: Database, id: string, status: EmailStatus, at: Date) {
  await db.update(notifications).set({ emailStatus: status, emailStatusAt: at }).where(eq(notifications.id, id));
}

export async function deliverEmail(deps: DeliveryDeps, job: { notificationId: string; code?: string }): Promise<EmailStatus> {
  const now = deps.now?.() ?? new Date();
  const [row] = await deps.db
    .select({ notification: notifications, email: users.email, emailVerified: users.emailVerified, kind: users.kind, officeName: offices.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .leftJoin(offices, eq(offices.id, notifications.officeId))
    .where(eq(notifications.id, job.notificationId));
  if (!row) return "skipped_no_address"; // the person was deleted meanwhile: nothing to send
  const { notification } = row;
  if (notification.emailStatus === "sent") return "sent";

  const to = notification.kind === "email_confirmation" ? notification.params.email : row.email;
  const decision = await decide(deps.db, notification, to, !!row.emailVerified);
  if (decision !== "send") {
    await setStatus(deps.db, notification.id, decision, now);
    return decision;
  }
  const link = new URL(linkPath(notification.caseId, row.kind), deps.appUrl).toString();
  const email = renderEmail({ kind: notification.kind, params: notification.params, officeName: row.officeName, link, locale: defaultLocale, code: job.code });
  await deps.mailer.send({ messageId: messageIdFor(notification.id, deps.appUrl), to: to!, ...email });
  deps.afterSend?.(to!);
  await setStatus(deps.db, notification.id, "sent", deps.now?.() ?? new Date());
  return "sent";
}

async function decide(db: Database, notification: typeof notifications.$inferSelect, to: string | null | undefined, verified: boolean): Promise<EmailStatus | "send"> {
  if (!to) return "skipped_no_address";
  if (notification.kind === "email_confirmation") return "send";
  if (!verified) return "skipped_unconfirmed";
  if (notification.kind === "signing_code") return "send";
  const [preference] = await db
    .select({ emailEnabled: notificationPreferences.emailEnabled })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, notification.recipientId), eq(notificationPreferences.kind, notification.kind)));
  return preference && !preference.emailEnabled ? "skipped_disabled" : "send";
}

function linkPath(caseId: string | null, kind: string | null): string {
  if (!caseId) return kind === "staff" ? "/office/notifications" : "/account/notifications";
  return kind === "staff" ? `/office/cases/${caseId}` : `/account/cases/${caseId}`;
}

export async function recordEmailFailure(db: Database, notificationId: string, error: string): Promise<void> {
  await db
    .update(notifications)
    .set({ emailStatus: "failed", emailStatusAt: new Date(), emailError: error.slice(0, 500) })
    .where(eq(notifications.id, notificationId));
}
