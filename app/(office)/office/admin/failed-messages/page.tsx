import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { replayFailedEmailAction } from "@/app/_actions/notifications";
import { formatDateTime } from "@/components/cases/format-time";
import { ActionForm } from "@/components/notify/action-form";
import { requireStaffPage } from "@/lib/identity/guards";
import { isGranted } from "@/lib/identity/policy";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { listFailedEmails } from "@/lib/notify/failed-emails";

export const metadata: Metadata = { title: "Niewysłane wiadomości" };

export default async function FailedMessagesPage() {
  const ctx = await requireStaffPage("/office/admin/failed-messages");
  if (!isGranted(ctx.actor, "outbox.admin")) notFound();
  const t = translator(ctx.locale);
  const items = await listFailedEmails(ctx);
  return (
    <>
      <h1>{t("notify.admin.title")}</h1>
      <p>{t("notify.admin.lead")}</p>
      {items.length === 0 ? (
        <p>{t("notify.admin.empty")}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]">
          {items.map((item) => (
            <li key={item.notificationId} className="py-3">
              <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
                <dt className="font-bold">{t("notify.admin.recipient")}</dt>
                <dd>{item.recipientName}</dd>
                <dt className="font-bold">{t("notify.admin.kind")}</dt>
                <dd>{t(`notify.kinds.${item.kind}` as MessageKey)}</dd>
                <dt className="font-bold">{t("notify.admin.failedAt")}</dt>
                <dd>{item.failedAt ? formatDateTime(item.failedAt, ctx.locale) : "–"}</dd>
                <dt className="font-bold">{t("notify.admin.error")}</dt>
                <dd className="break-words">{item.error ?? "–"}</dd>
              </dl>
              <ActionForm id={`replay-${item.notificationId}`} action={replayFailedEmailAction} submit={t("notify.admin.replay")} errorTitle={t("common.errorSummaryTitle")} errorTarget={`replay-${item.notificationId}`} secondary>
                <input type="hidden" name="notificationId" value={item.notificationId} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
