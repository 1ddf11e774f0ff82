import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { formatDateTime } from "@/components/cases/format-time";
import { ActionForm } from "@/components/notify/action-form";
import { SummaryList } from "@/components/forms/summary-list";
import { SignWithCodeForm } from "@/components/signing/sign-with-code-form";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { upgradeDraftIfStale } from "@/lib/applications/upgrade-draft";
import { formEnvFor } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { firstInvalidStepId } from "@/lib/forms/journey";
import { visibleAnswers } from "@/lib/forms/visibility";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { loadSigningView } from "@/lib/submissions/signing-view";
import { fingerprintOf } from "@/lib/submissions/submission-document";
import { requestSigningCodeAction, signAndSubmitAction } from "../actions";

export const metadata: Metadata = { title: "Podpisz i wyślij" };

type Props = { params: Promise<{ draftId: string }> };

export default async function SignPage({ params }: Props) {
  const { draftId } = await params;
  const ctx = await requireResidentPage(`/apply/${draftId}/sign`);
  const t = translator(ctx.locale);
  const { draft } = await upgradeDraftIfStale(ctx, await orNotFound(getDraftForApplicant(ctx, draftId)));
  const service = getService(draft.serviceId);
  const incomplete = firstInvalidStepId(service.form, visibleAnswers(service.form, draft.answers), formEnvFor(ctx));
  if (incomplete) redirect(`/apply/${draftId}/${incomplete}`);
  const view = await orNotFound(loadSigningView(ctx, draftId));
  const { prepared, pending } = view;
  const { applicant, attachments } = prepared.document;
  const errorTitle = t("common.errorSummaryTitle");

  return (
    <>
      <p><Link href={`/apply/${draftId}/check`}>{t("common.back")}</Link></p>
      <p className="!mb-1 text-[var(--color-muted)]">{prepared.document.service.name}</p>
      <h1>{t("signing.sign.title")}</h1>
      <p>{t("signing.sign.lead")}</p>
      <p className="border-l-4 border-[var(--color-line)] pl-4">{t("signing.sign.kind")}</p>

      <h2>{t("signing.sign.documentTitle")}</h2>
      <dl className="mb-6 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("signing.sign.office")}</dt>
        <dd>{view.officeName}</dd>
        <dt className="font-bold">{t("signing.sign.service")}</dt>
        <dd>{prepared.document.service.name}</dd>
        <dt className="font-bold">{t("signing.sign.applicant")}</dt>
        <dd>{applicant.givenName} {applicant.familyName}</dd>
      </dl>
      <SummaryList sections={prepared.summary} level={3} />
      <h3>{t("signing.sign.attachments")}</h3>
      {attachments.length === 0 ? (
        <p>{t("signing.sign.noAttachments")}</p>
      ) : (
        <ul>
          {attachments.map((file) => (
            <li key={file.sha256 + file.field} className="break-all">{file.name} ({file.size} B, SHA-256 {file.sha256})</li>
          ))}
        </ul>
      )}
      <dl className="mb-6">
        <dt className="font-bold">{t("signing.sign.hash")}</dt>
        <dd className="break-all font-mono" data-testid="document-hash">{prepared.hash}</dd>
        <dt className="mt-2 font-bold">{t("signing.sign.fingerprint")}</dt>
        <dd className="font-mono text-xl">{fingerprintOf(prepared.hash, 2)}</dd>
      </dl>

      {!view.email ? (
        <div className="mb-6 border-4 border-[var(--color-line)] p-4">
          <p>{t("signing.sign.noEmail")}</p>
          <p className="!mb-0"><Link href="/account/settings" className="btn btn-secondary">{t("signing.sign.goToSettings")}</Link></p>
        </div>
      ) : pending ? (
        <>
          <p role="status" className="font-bold">
            {t("signing.sign.codeSent", { email: view.email, time: formatDateTime(pending.expiresAt.toISOString(), ctx.locale), attempts: String(pending.attemptsLeft) })}
          </p>
          <SignWithCodeForm
            action={signAndSubmitAction.bind(null, draftId)}
            documentHash={prepared.hash}
            labels={{
              code: t("signing.sign.codeLabel"),
              hint: t("signing.sign.codeHint"),
              errorPrefix: t("common.errorPrefix"),
              submit: t("signing.sign.submit"),
              submitting: t("signing.sign.submitting"),
              errorTitle,
            }}
          />
          <ActionForm id="resend-form" action={requestSigningCodeAction.bind(null, draftId)} submit={t("signing.sign.resendCode")} errorTitle={errorTitle} errorTarget="resend-form" secondary>
            <input type="hidden" name="documentHash" value={prepared.hash} />
          </ActionForm>
        </>
      ) : (
        <ActionForm id="sign-form" action={requestSigningCodeAction.bind(null, draftId)} submit={t("signing.sign.sendCode")} errorTitle={errorTitle} errorTarget="sign-form">
          <input type="hidden" name="documentHash" value={prepared.hash} />
        </ActionForm>
      )}
    </>
  );
}
