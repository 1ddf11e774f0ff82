import type { Metadata } from "next";

import { CaseListTable } from "@/components/cases/case-list-table";
import { QueueFilters } from "@/components/office/queue-filters";
import { listOfficeQueue, type QueueFilter } from "@/lib/cases/queries";
import { isCaseStatus } from "@/lib/cases/status-values";
import { requireStaffPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: "Sprawy urzędu" };

type Props = { searchParams: Promise<{ status?: string; order?: string }> };

export default async function OfficeQueuePage({ searchParams }: Props) {
  const ctx = await requireStaffPage("/office");
  const t = translator(ctx.locale);
  const query = await searchParams;
  const filter: QueueFilter = {
    status: isCaseStatus(query.status) ? query.status : undefined,
    // Cases that must be handled first come first, unless the clerk asks otherwise.
    order: query.order === "oldest" || query.order === "newest" ? query.order : "due",
  };
  const rows = await listOfficeQueue(ctx, filter);
  return (
    <>
      <h1>{t("office.queue.title")}</h1>
      <QueueFilters t={t} filter={filter} />
      {rows.length === 0 ? (
        <p>{t("office.queue.empty")}</p>
      ) : (
        <CaseListTable rows={rows} t={t} locale={ctx.locale} hrefFor={(id) => `/office/cases/${id}`} caption={t("office.queue.title")} showApplicant />
      )}
    </>
  );
}
