import type { Metadata } from "next";
import Link from "next/link";

import { formatDateTime } from "@/components/cases/format-time";
import { listDraftsForApplicant } from "@/lib/applications/queries";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: "Wersje robocze" };

export default async function DraftsPage() {
  const ctx = await requireResidentPage("/account/drafts");
  const t = translator(ctx.locale);
  const drafts = await listDraftsForApplicant(ctx);
  return (
    <>
      <h1>{t("applications.drafts.title")}</h1>
      <p>{t("applications.drafts.lead", { days: 30 })}</p>
      {drafts.length === 0 ? (
        <p>{t("applications.drafts.empty")}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]">
          {drafts.map((draft) => (
            <li key={draft.id} className="py-3">
              <Link href={`/apply/${draft.id}`} className="font-bold">{draft.serviceName}</Link>
              <p className="!mb-0">{draft.officeName}</p>
              <p className="!mb-0 text-sm text-[var(--color-muted)]">
                {t("applications.drafts.savedAt")}: <time dateTime={draft.updatedAt}>{formatDateTime(draft.updatedAt, ctx.locale)}</time>
                {draft.outdated && ` · ${t("applications.drafts.outdated")}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
