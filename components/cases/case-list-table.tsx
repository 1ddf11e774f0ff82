import Link from "next/link";

import type { CaseListItemView } from "@/lib/cases/dto";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DueDate } from "./due-date";
import { formatDateTime } from "./format-time";
import { StatusTag } from "./status-tag";

type Row = CaseListItemView & { applicantName?: string };
type Props = { rows: Row[]; t: Translate; locale: Locale; hrefFor: (id: string) => string; caption: string; showApplicant?: boolean };

/** Cards on a phone, a table-like grid from the small breakpoint up; the same markup for both. */
export function CaseListTable({ rows, t, locale, hrefFor, caption, showApplicant }: Props) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden sm:table-header-group">
        <tr className="border-b-2 border-[var(--color-ink)]">
          <th scope="col" className="py-2 pr-3">{t("cases.columns.caseNumber")}</th>
          <th scope="col" className="py-2 pr-3">{t("cases.columns.service")}</th>
          {showApplicant && <th scope="col" className="py-2 pr-3">{t("cases.columns.applicant")}</th>}
          <th scope="col" className="py-2 pr-3">{t("cases.columns.status")}</th>
          <th scope="col" className="py-2 pr-3">{t("cases.columns.receivedAt")}</th>
          <th scope="col" className="py-2">{t("cases.columns.dueDate")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="block border-b border-[var(--color-line)] py-2 sm:table-row">
            <th scope="row" className="block py-1 pr-3 sm:table-cell sm:py-2">
              <Link href={hrefFor(row.id)}>{row.caseNumber}</Link>
            </th>
            <td className="block py-1 pr-3 sm:table-cell sm:py-2">{row.serviceName}<span className="block text-sm text-[var(--color-muted)]">{row.officeName}</span></td>
            {showApplicant && <td className="block py-1 pr-3 sm:table-cell sm:py-2">{row.applicantName}</td>}
            <td className="block py-1 pr-3 sm:table-cell sm:py-2"><StatusTag status={row.status} t={t} /></td>
            <td className="block py-1 pr-3 sm:table-cell sm:py-2"><time dateTime={row.receivedAt}>{formatDateTime(row.receivedAt, locale)}</time></td>
            <td className="block py-1 sm:table-cell sm:py-2">
              <span className="sm:sr-only">{t("cases.columns.dueDate")}: </span>
              <DueDate dueDate={row.dueDate} status={row.status} t={t} locale={locale} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
