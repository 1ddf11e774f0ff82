import type { Metadata } from "next";
import Link from "next/link";

import { CaseFacts } from "@/components/cases/case-facts";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { SummaryList } from "@/components/forms/summary-list";
import { AssignForm } from "@/components/office/assign-form";
import { TransitionForm } from "@/components/office/transition-form";
import { CaseDocuments } from "@/components/signing/case-documents";
import { getCaseForOffice } from "@/lib/cases/queries";
import { allowedTargets } from "@/lib/cases/status-machine";
import { roleOf } from "@/lib/identity/actor";
import { requireStaffPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { receiptForCase } from "@/lib/receipts/queries";
import { assignCaseAction, transitionCaseAction } from "./actions";

export const metadata: Metadata = { title: "Sprawa" };

type Props = { params: Promise<{ caseId: string }> };

export default async function OfficeCasePage({ params }: Props) {
  const { caseId } = await params;
  const ctx = await requireStaffPage(`/office/cases/${caseId}`);
  const t = translator(ctx.locale);
  const kase = await orNotFound(getCaseForOffice(ctx, caseId));
  const receipt = await receiptForCase(ctx, caseId);
  const targets = allowedTargets(kase.status, roleOf(ctx.actor));
  return (
    <>
      <p><Link href="/office">{t("office.queue.title")}</Link></p>
      <p className="!mb-1 text-[var(--color-muted)]">{t("cases.detail.caseOf", { caseNumber: kase.caseNumber })}</p>
      <h1>{kase.serviceName}</h1>
      <CaseFacts kase={kase} t={t} locale={ctx.locale} />
      <h2>{t("office.detail.applicant")}</h2>
      <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("office.detail.applicant")}</dt>
        <dd>{kase.applicant.name}</dd>
        <dt className="font-bold">{t("office.detail.pesel")}</dt>
        <dd>{kase.applicant.pesel}</dd>
      </dl>
      {kase.assignableStaff.length > 0 && (
        <AssignForm
          action={assignCaseAction.bind(null, kase.id)}
          staff={kase.assignableStaff}
          currentId={kase.assignee?.id ?? null}
          version={kase.version}
          labels={{
            title: t("office.detail.assignTitle"),
            current: `${t("office.detail.assignee")}: ${kase.assignee?.name ?? t("office.detail.notAssigned")}`,
            assignTo: t("office.detail.assignTo"),
            assign: t("office.detail.assign"),
            errorTitle: t("common.errorSummaryTitle"),
          }}
        />
      )}
      {targets.length > 0 ? (
        <TransitionForm
          action={transitionCaseAction.bind(null, kase.id)}
          version={kase.version}
          options={targets.map((status) => ({ value: status, label: t(`cases.status.${status}.label`) }))}
          labels={{ title: t("office.detail.changeStatus"), newStatus: t("office.detail.newStatus"), note: t("office.detail.note"), save: t("office.detail.save"), errorTitle: t("common.errorSummaryTitle") }}
        />
      ) : (
        <p>{t("office.detail.noTransitions")}</p>
      )}
      {receipt && <CaseDocuments receipt={receipt} locale={ctx.locale} />}
      <h2>{t("cases.detail.answers")}</h2>
      <SummaryList sections={kase.answers} level={3} />
      <h2>{t("cases.detail.history")}</h2>
      <CaseTimeline events={kase.events} t={t} locale={ctx.locale} showActors />
    </>
  );
}
