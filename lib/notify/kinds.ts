/**
 * Every kind of notification, in one table. Adding one: a line here, its texts in the
 * `notify` message catalogue, and a `notify(tx, ctx, {...})` call in the command that causes it.
 */
export const notificationKinds = {
  submission_received: { audience: "resident" },
  status_changed: { audience: "resident" },
  case_assigned: { audience: "staff" },
  /** The assignee: a case's statutory deadline is near (thresholds, default 7 and 2 days). */
  deadline_warning: { audience: "staff" },
  /** Goes to an address not yet confirmed: the only e-mail that may go there. */
  email_confirmation: { audience: "any" },
  /** The one-time code that confirms a signature: always e-mailed (to a confirmed address only). */
  signing_code: { audience: "resident" },
} as const;

export type NotificationKind = keyof typeof notificationKinds;

/** Labels and identifiers only: never PESEL or form content. */
export type NotificationParams = {
  caseNumber?: string;
  serviceId?: string;
  status?: string;
  /** email_confirmation only. */
  email?: string;
  /** deadline_warning only: the due date and the days left. */
  dueDate?: string;
  daysLeft?: string;
  /** signing_code only: the first characters of the document hash the code is bound to. */
  fingerprint?: string;
};

export type EmailStatus = "pending" | "sent" | "skipped_disabled" | "skipped_unconfirmed" | "skipped_no_address" | "failed";

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && value in notificationKinds;
}

/** Kinds a person can switch e-mail on or off for (confirmation e-mails always go). */
export const optionalEmailKinds = (Object.keys(notificationKinds) as NotificationKind[]).filter((k) => k !== "email_confirmation" && k !== "signing_code");
