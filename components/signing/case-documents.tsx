import Link from "next/link";

import { formatDateTime } from "@/components/cases/format-time";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { ReceiptSummary } from "@/lib/receipts/queries";

/** The case's signed documents: the receipt (PDF, JSON, JWS) and the application as signed. */
export function CaseDocuments({ receipt, locale, headingLevel = 2 }: { receipt: ReceiptSummary; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = translator(locale);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = (kind: string) => `/api/cases/${receipt.caseId}/documents/${kind}`;
  return (
    <section aria-labelledby="case-documents-title" className="mb-6">
      <Heading id="case-documents-title">{t("signing.documents.title")}</Heading>
      <dl className="mb-4 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("signing.documents.receiptNumber")}</dt>
        <dd data-testid="receipt-number">{receipt.receiptNumber}</dd>
        <dt className="font-bold">{t("signing.documents.receivedAt")}</dt>
        <dd>{formatDateTime(receipt.receivedAt, locale)}</dd>
      </dl>
      <ul>
        <li><a href={href("upo.pdf")} download data-testid="receipt-pdf">{t("signing.documents.receiptPdf")}</a></li>
        <li><a href={href("wniosek.pdf")} download>{t("signing.documents.applicationPdf")}</a></li>
        <li><a href={href("upo.json")} download>{t("signing.documents.receiptJson")}</a></li>
        <li><a href={href("upo.jws")} download>{t("signing.documents.receiptJws")}</a></li>
      </ul>
      <p>{t("signing.documents.verifyHint")} <Link href="/verify">{t("signing.documents.verifyLink")}</Link>.</p>
    </section>
  );
}
