import type { Metadata } from "next";
import Link from "next/link";

import { CaseFacts } from "@/components/cases/case-facts";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { SummaryList } from "@/components/forms/summary-list";
import { CaseDocuments } from "@/components/signing/case-documents";
import { getCaseForResident } from "@/lib/cases/queries";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { receiptForCase } from "@/lib/receipts/queries";

export const metadata: Metadata = { title: "Sprawa" };

type Props = { params: Promise<{ caseId: string }> };

export default async function ResidentCasePage({ params }: Props) {
  const { caseId } = await params;
  const ctx = await requireResidentPage(`/account/cases/${caseId}`);
  const t = translator(ctx.locale);
  const kase = await orNotFound(getCaseForResident(ctx, caseId));
  const receipt = await receiptForCase(ctx, caseId);
  return (
    <>
      <p><Link href="/account/cases">{t("cases.myCases.title")}</Link></p>
      <p className="!mb-1 text-[var(--color-muted)]">{t("cases.detail.caseOf", { caseNumber: kase.caseNumber })}</p>
      <h1>{kase.serviceName}</h1>
      <CaseFacts kase={kase} t={t} locale={ctx.locale} />
      <h2>{t("cases.detail.nextStep")}</h2>
      <p>{t(`cases.status.${kase.status}.next`)}</p>
      {receipt && <CaseDocuments receipt={receipt} locale={ctx.locale} />}
      <h2>{t("cases.detail.history")}</h2>
      <CaseTimeline events={kase.events} t={t} locale={ctx.locale} />
      <h2>{t("cases.detail.answers")}</h2>
      <SummaryList sections={kase.answers} level={3} />
    </>
  );
}
