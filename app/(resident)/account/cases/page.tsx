import type { Metadata } from "next";
import Link from "next/link";

import { CaseListTable } from "@/components/cases/case-list-table";
import { listCasesForResident } from "@/lib/cases/queries";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: "Moje sprawy" };

export default async function MyCasesPage() {
  const ctx = await requireResidentPage("/account/cases");
  const t = translator(ctx.locale);
  const rows = await listCasesForResident(ctx);
  return (
    <>
      <h1>{t("cases.myCases.title")}</h1>
      {rows.length === 0 ? (
        <p>{t("cases.myCases.empty")} <Link href="/services">{t("cases.myCases.browse")}</Link></p>
      ) : (
        <CaseListTable rows={rows} t={t} locale={ctx.locale} hrefFor={(id) => `/account/cases/${id}`} caption={t("cases.myCases.title")} />
      )}
    </>
  );
}
