import type { Metadata } from "next";
import Link from "next/link";

import { CaseDocuments } from "@/components/signing/case-documents";
import { getCaseForResident } from "@/lib/cases/queries";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { receiptForCase } from "@/lib/receipts/queries";

export const metadata: Metadata = { title: "Wniosek złożony" };

type Props = { params: Promise<{ caseId: string }> };

export default async function SubmittedPage({ params }: Props) {
  const { caseId } = await params;
  const ctx = await requireResidentPage(`/apply/submitted/${caseId}`);
  const t = translator(ctx.locale);
  const kase = await orNotFound(getCaseForResident(ctx, caseId));
  const receipt = await receiptForCase(ctx, caseId);
  return (
    <>
      <div className="mb-6 bg-[var(--color-success)] p-6 text-white">
        <h1 className="!mb-2">{t("applications.submitted.title")}</h1>
        <p className="!mb-0 text-lg">
          {t("applications.submitted.caseNumber")}: <strong data-testid="case-number">{kase.caseNumber}</strong>
        </p>
      </div>
      {receipt && <CaseDocuments receipt={receipt} locale={ctx.locale} />}
      <h2>{t("applications.submitted.whatNext")}</h2>
      <p>{t(`cases.status.${kase.status}.next`)}</p>
      <p>{t("applications.submitted.whatNextBody")}</p>
      <p><Link href={`/account/cases/${kase.id}`} className="btn">{t("applications.submitted.goToCase")}</Link></p>
    </>
  );
}
