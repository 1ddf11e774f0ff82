/**
 * The office admin's view of e-mails that failed every attempt, and the replay: a fresh job for
 * the same notification (same Message-ID, so nobody gets it twice) replaces the dead one.
 */
import "server-only";

import { and, desc, eq, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { notifications, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireStaff } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { enqueueInTransaction } from "@/lib/jobs/boss";
import { EMAIL_DEAD_LETTER_QUEUE, EMAIL_QUEUE } from "@/lib/jobs/queues";
import type { NotificationKind } from "./kinds";

export type FailedEmailView = { notificationId: string; kind: NotificationKind; recipientName: string; failedAt: string | null; error: string | null };

export async function listFailedEmails(ctx: RequestContext): Promise<FailedEmailView[]> {
  const actor = requireStaff(ctx.actor, "outbox.admin");
  const rows = await getDb()
    .select({ notification: notifications, recipientName: users.name })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientId))
    .where(and(eq(notifications.officeId, actor.officeId), eq(notifications.emailStatus, "failed")))
    .orderBy(desc(notifications.emailStatusAt))
    .limit(200);
  return rows.map(({ notification, recipientName }) => ({
    notificationId: notification.id,
    kind: notification.kind,
    recipientName: recipientName ?? "",
    failedAt: notification.emailStatusAt?.toISOString() ?? null,
    error: notification.emailError,
  }));
}

export async function replayFailedEmail(ctx: RequestContext, notificationId: string): Promise<void> {
  const actor = requireStaff(ctx.actor, "outbox.admin");
  if (!isUuid(notificationId)) throw new AppError("NOT_FOUND");
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.officeId, actor.officeId), eq(notifications.emailStatus, "failed")))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND");
    // The dead-letter copies are closed in the same transaction as the new job is written.
    await tx.execute(sql`update pgboss.job set state = 'cancelled', completed_on = now()
      where name = ${EMAIL_DEAD_LETTER_QUEUE} and state < 'completed' and data->>'notificationId' = ${notificationId}`);
    await tx.update(notifications).set({ emailStatus: "pending", emailStatusAt: ctx.now, emailError: null }).where(eq(notifications.id, notificationId));
    await enqueueInTransaction(tx, EMAIL_QUEUE, { notificationId });
  });
}
