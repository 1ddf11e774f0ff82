/** A person's own notifications: always scoped to the signed-in recipient in SQL. */
import "server-only";

import { and, count, desc, eq, isNull, ne } from "drizzle-orm";

import { getDb } from "@/db";
import { notifications } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";
import { assertGranted } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { translate, type MessageKey } from "@/lib/i18n/translate";
import type { EmailStatus, NotificationKind } from "./kinds";

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  text: string;
  caseId: string | null;
  createdAt: string;
  read: boolean;
  emailStatus: EmailStatus;
};

function recipientOf(actor: Actor): string {
  assertGranted(actor, "notification.read");
  return actor.type === "resident" || actor.type === "staff" ? actor.userId : "";
}

const visibleToRecipient = (userId: string) =>
  and(eq(notifications.recipientId, userId), ne(notifications.kind, "email_confirmation"));

export async function listNotifications(ctx: RequestContext): Promise<NotificationView[]> {
  const userId = recipientOf(ctx.actor);
  const rows = await getDb().select().from(notifications).where(visibleToRecipient(userId)).orderBy(desc(notifications.createdAt)).limit(100);
  return rows.map((row) => {
    const status = row.params.status ? translate(ctx.locale, `cases.status.${row.params.status}.label` as MessageKey) : "";
    return {
      id: row.id,
      kind: row.kind,
      text: translate(ctx.locale, `notify.inApp.${row.kind}` as MessageKey, { caseNumber: row.params.caseNumber ?? "", status, email: row.params.email ?? "" }),
      caseId: row.caseId,
      createdAt: row.createdAt.toISOString(),
      read: !!row.readAt,
      emailStatus: row.emailStatus,
    };
  });
}

export async function countUnreadNotifications(ctx: RequestContext): Promise<number> {
  const userId = recipientOf(ctx.actor);
  const [row] = await getDb().select({ n: count() }).from(notifications).where(and(visibleToRecipient(userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markAllNotificationsRead(ctx: RequestContext): Promise<void> {
  const userId = recipientOf(ctx.actor);
  await getDb().update(notifications).set({ readAt: ctx.now }).where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)));
}
