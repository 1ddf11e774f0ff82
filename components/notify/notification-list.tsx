import Link from "next/link";

import { formatDateTime } from "@/components/cases/format-time";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { EmailStatus } from "@/lib/notify/kinds";
import type { NotificationView } from "@/lib/notify/queries";

const emailNotes: Record<EmailStatus, MessageKey> = {
  pending: "notify.page.emailPending",
  sent: "notify.page.emailSent",
  skipped_disabled: "notify.page.emailSkippedDisabled",
  skipped_unconfirmed: "notify.page.emailSkippedUnconfirmed",
  skipped_no_address: "notify.page.emailSkippedNoAddress",
  failed: "notify.page.emailFailed",
};

type Props = { items: NotificationView[]; t: Translate; locale: Locale; caseHref: (caseId: string) => string };

export function NotificationList({ items, t, locale, caseHref }: Props) {
  if (items.length === 0) return <p>{t("notify.page.empty")}</p>;
  return (
    <ul className="divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <p className="!mb-1 font-bold">
            {!item.read && <strong className="tag mr-2">{t("notify.page.unread")}</strong>}
            {t(`notify.kinds.${item.kind}` as MessageKey)}
          </p>
          <p className="!mb-1">{item.text}</p>
          <p className="!mb-1 text-sm text-[var(--color-muted)]">
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time> · {t(emailNotes[item.emailStatus])}
          </p>
          {item.caseId && <Link href={caseHref(item.caseId)}>{t("notify.page.openCase")}</Link>}
        </li>
      ))}
    </ul>
  );
}
