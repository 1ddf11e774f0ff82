import type { Metadata } from "next";
import Link from "next/link";

import { formatDateTime } from "@/components/cases/format-time";
import { getLocale } from "@/lib/identity/context";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { checkReceiptRecord } from "@/lib/receipts/receipt-record";
import { openOutcome, type VerifyOutcome } from "@/lib/receipts/verify-token";

export const metadata: Metadata = { title: "Weryfikacja UPO" };

type Props = { searchParams: Promise<{ receipt?: string; hash?: string; result?: string }> };

const HASH = /^[0-9a-f]{64}$/;
type FailureKey = `signing.verify.failures.${"not-a-pdf" | "not-a-receipt" | "truncated" | "tampered" | "untrusted" | "malformed" | "too-large" | "no-file"}`;

export default async function VerifyPage({ searchParams }: Props) {
  const locale = await getLocale();
  const t = translator(locale);
  const query = await searchParams;
  const receipt = (query.receipt ?? "").trim().slice(0, 64);
  const hash = (query.hash ?? "").trim().toLowerCase().replace(/\s/g, "").slice(0, 128);
  const outcome = openOutcome(query.result);
  const asked = query.receipt !== undefined || query.hash !== undefined;
  const receiptError = asked && !receipt ? t("signing.verify.errors.receiptRequired") : undefined;
  const hashError = asked && !HASH.test(hash) ? t("signing.verify.errors.hashInvalid") : undefined;
  const record = asked && !receiptError && !hashError ? await checkReceiptRecord(receipt, hash) : null;

  return (
    <>
      <h1>{t("signing.verify.title")}</h1>
      <p>{t("signing.verify.lead")}</p>
      {outcome && <UploadResult outcome={outcome} t={t} locale={locale} />}

      <h2>{t("signing.verify.uploadTitle")}</h2>
      <form method="post" action="/verify/upload" encType="multipart/form-data" className="mb-8">
        <label htmlFor="receipt-file" className="label">{t("signing.verify.uploadLabel")}</label>
        <input id="receipt-file" name="receipt" type="file" accept="application/pdf,.pdf" className="mb-4 block max-w-full" required />
        <button type="submit" className="btn">{t("signing.verify.uploadSubmit")}</button>
      </form>

      <h2 id="record">{t("signing.verify.recordTitle")}</h2>
      {record && (
        <div role="status" className={`mb-6 border-4 p-4 ${record.found && record.matches ? "border-[var(--color-success)]" : "border-[var(--color-error)]"}`} data-testid="record-result">
          {record.found && record.matches ? (
            <>
              <p className="font-bold">{t("signing.verify.recordFound", { receipt: record.receiptNumber })}</p>
              <p>{t("signing.verify.recordIssued", { office: record.officeName, time: formatDateTime(record.issuedAt.toISOString(), locale) })}</p>
              <p className="!mb-0">{record.jwsValid ? t("signing.verify.recordJwsValid") : t("signing.verify.recordJwsInvalid")}</p>
            </>
          ) : (
            <p className="!mb-0 font-bold">{t("signing.verify.recordNotFound")}</p>
          )}
        </div>
      )}
      <form method="get" action="/verify#record" className="mb-8" noValidate>
        <div className="mb-4">
          <label htmlFor="receipt-number" className="label">{t("signing.verify.receiptLabel")}</label>
          <span id="receipt-number-hint" className="hint">{t("signing.verify.receiptHint")}</span>
          {receiptError && <span id="receipt-number-error" className="field-error"><span className="sr-only">{t("common.errorPrefix")} </span>{receiptError}</span>}
          <input id="receipt-number" name="receipt" defaultValue={receipt} className="input" aria-invalid={receiptError ? true : undefined} aria-describedby={receiptError ? "receipt-number-hint receipt-number-error" : "receipt-number-hint"} />
        </div>
        <div className="mb-4">
          <label htmlFor="receipt-hash" className="label">{t("signing.verify.hashLabel")}</label>
          <span id="receipt-hash-hint" className="hint">{t("signing.verify.hashHint")}</span>
          {hashError && <span id="receipt-hash-error" className="field-error"><span className="sr-only">{t("common.errorPrefix")} </span>{hashError}</span>}
          <input id="receipt-hash" name="hash" defaultValue={hash} className="input font-mono" spellCheck={false} aria-invalid={hashError ? true : undefined} aria-describedby={hashError ? "receipt-hash-hint receipt-hash-error" : "receipt-hash-hint"} />
        </div>
        <button type="submit" className="btn btn-secondary">{t("signing.verify.recordSubmit")}</button>
      </form>
      <p><Link href="/certificates">{t("signing.verify.certificates")}</Link></p>
    </>
  );
}

function UploadResult({ outcome, t, locale }: { outcome: VerifyOutcome; t: Translate; locale: Locale }) {
  if (!outcome.ok) {
    const key = `signing.verify.failures.${outcome.failure ?? "malformed"}` as FailureKey;
    return (
      <section id="result" aria-labelledby="result-title" role="status" className="mb-8 border-4 border-[var(--color-error)] p-4" data-testid="verify-result" data-valid="false">
        <h2 id="result-title" className="!mt-0">{t("signing.verify.invalid")}</h2>
        <p className="!mb-0">{t(key)}</p>
      </section>
    );
  }
  const recordText =
    outcome.matchesRecord === true ? t("signing.verify.matchesRecord") : outcome.matchesRecord === false ? t("signing.verify.differsFromRecord") : t("signing.verify.unknownToServer");
  return (
    <section id="result" aria-labelledby="result-title" role="status" className="mb-8 border-4 border-[var(--color-success)] p-4" data-testid="verify-result" data-valid="true">
      <h2 id="result-title" className="!mt-0">{t("signing.verify.valid")}</h2>
      <p>{t("signing.verify.validBody")}</p>
      <p className="font-bold">{recordText}</p>
      <h3>{t("signing.verify.certifies")}</h3>
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("signing.verify.receiptNumber")}</dt>
        <dd>{outcome.receiptNumber}</dd>
        <dt className="font-bold">{t("signing.verify.office")}</dt>
        <dd>{outcome.officeName}</dd>
        <dt className="font-bold">{t("signing.verify.service")}</dt>
        <dd>{outcome.serviceName}</dd>
        <dt className="font-bold">{t("signing.verify.caseNumber")}</dt>
        <dd>{outcome.caseNumber}</dd>
        <dt className="font-bold">{t("signing.verify.receivedAt")}</dt>
        <dd>{outcome.receivedAt ? formatDateTime(outcome.receivedAt, locale) : ""}</dd>
        <dt className="font-bold">{t("signing.verify.sealedBy")}</dt>
        <dd className="break-words">{outcome.sealSubject}</dd>
        <dt className="font-bold">{t("signing.verify.keyId")}</dt>
        <dd className="break-all font-mono">{outcome.kid}</dd>
        <dt className="font-bold">{t("signing.verify.receiptSha256")}</dt>
        <dd className="break-all font-mono">{outcome.receiptSha256}</dd>
      </dl>
    </section>
  );
}
