/** Per-kind e-mail switches; in-app notifications are always on. */
import "server-only";

import { eq, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { notificationPreferences } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assertGranted } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isNotificationKind, optionalEmailKinds, type NotificationKind } from "./kinds";

function userIdOf(ctx: RequestContext): string {
  assertGranted(ctx.actor, "notification.settings");
  if (ctx.actor.type !== "resident" && ctx.actor.type !== "staff") throw new AppError("FORBIDDEN");
  return ctx.actor.userId;
}

export async function getEmailPreferences(ctx: RequestContext): Promise<Record<NotificationKind, boolean>> {
  const userId = userIdOf(ctx);
  const rows = await getDb().select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const result = Object.fromEntries(optionalEmailKinds.map((kind) => [kind, true])) as Record<NotificationKind, boolean>;
  for (const row of rows) result[row.kind] = row.emailEnabled;
  return result;
}

export async function saveEmailPreferences(ctx: RequestContext, enabledKinds: string[]): Promise<void> {
  const userId = userIdOf(ctx);
  if (!enabledKinds.every(isNotificationKind)) throw new AppError("VALIDATION");
  const enabled = new Set(enabledKinds);
  const values = optionalEmailKinds.map((kind) => ({ userId, kind, emailEnabled: enabled.has(kind) }));
  await getDb()
    .insert(notificationPreferences)
    .values(values)
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { emailEnabled: sql`excluded.email_enabled` } });
}
