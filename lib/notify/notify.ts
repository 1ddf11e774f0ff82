/**
 * The one way to tell a person something: an in-app notification, plus an e-mail job, both
 * written in the caller's transaction. If the transaction rolls back, nothing is sent.
 */
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";
import type { RequestContext } from "@/lib/identity/context";
import { enqueueInTransaction } from "@/lib/jobs/boss";
import { EMAIL_QUEUE, type EmailJob } from "@/lib/jobs/queues";
import type { NotificationKind, NotificationParams } from "./kinds";

export type NotifyInput = {
  kind: NotificationKind;
  recipientId: string;
  officeId?: string | null;
  caseId?: string | null;
  params: NotificationParams;
  /** Only for email_confirmation: travels in the job, never stored in the notification. */
  code?: string;
};

export async function notify(tx: Executor, ctx: Pick<RequestContext, "now">, input: NotifyInput): Promise<string> {
  const [row] = await tx
    .insert(notifications)
    .values({
      recipientId: input.recipientId,
      kind: input.kind,
      officeId: input.officeId ?? null,
      caseId: input.caseId ?? null,
      params: input.params,
      createdAt: ctx.now,
    })
    .returning({ id: notifications.id });
  const job: EmailJob = input.code ? { notificationId: row!.id, code: input.code } : { notificationId: row!.id };
  await enqueueInTransaction(tx, EMAIL_QUEUE, job);
  return row!.id;
}
