/** In-app notifications, e-mail preferences and e-mail address confirmation. */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

import type { EmailStatus, NotificationKind, NotificationParams } from "@/lib/notify/kinds";
import { users } from "./identity";
import { offices } from "./offices";

export const notifications = pgTable(
  "notifications",
  {
    /** Also the e-mail's Message-ID, so a mailbox shows a re-sent message once. */
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: text("recipient_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    officeId: uuid("office_id").references(() => offices.id),
    caseId: uuid("case_id"),
    /** Identifiers and labels only: never PESEL or form content. */
    params: jsonb("params").$type<NotificationParams>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    emailStatus: text("email_status").$type<EmailStatus>().notNull().default("pending"),
    emailStatusAt: timestamp("email_status_at", { withTimezone: true, mode: "date" }),
    /** The last delivery error, for the office's admin page. */
    emailError: text("email_error"),
  },
  (t) => [index("notifications_recipient_idx").on(t.recipientId, t.createdAt), index("notifications_failed_idx").on(t.officeId, t.emailStatus)],
);

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    emailEnabled: boolean("email_enabled").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const emailConfirmations = pgTable("email_confirmations", {
  userId: text("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  /** HMAC of the code; the code itself is only in the e-mail. */
  codeHmac: text("code_hmac").notNull(),
  attempts: integer("attempts").notNull().default(0),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
});
