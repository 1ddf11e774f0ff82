import type { ResidentCaseView } from "@/lib/cases/dto";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DueDate } from "./due-date";
import { formatDateTime } from "./format-time";
import { StatusTag } from "./status-tag";

export function CaseFacts({ kase, t, locale }: { kase: ResidentCaseView; t: Translate; locale: Locale }) {
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      <dt className="font-bold">{t("cases.detail.status")}</dt>
      <dd data-testid="case-status"><StatusTag status={kase.status} t={t} /> {t(`cases.status.${kase.status}.description`)}</dd>
      <dt className="font-bold">{t("cases.detail.receivedAt")}</dt>
      <dd><time dateTime={kase.receivedAt}>{formatDateTime(kase.receivedAt, locale)}</time></dd>
      <dt className="font-bold">{t("cases.detail.dueDate")}</dt>
      <dd data-testid="case-due-date">
        <DueDate dueDate={kase.dueDate} status={kase.status} t={t} locale={locale} />
        <span className="block text-sm text-[var(--color-muted)]">{t("cases.deadline.explain")}</span>
      </dd>
      <dt className="font-bold">{t("cases.detail.office")}</dt>
      <dd>{kase.officeName}</dd>
      <dt className="font-bold">{t("cases.detail.department")}</dt>
      <dd>{kase.departmentName}</dd>
    </dl>
  );
}
