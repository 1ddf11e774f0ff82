import Link from "next/link";

import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";

export default async function HomePage() {
  const t = translator(await getLocale());
  return (
    <>
      <h1>{t("publicPages.home.title")}</h1>
      <p className="text-lg">{t("publicPages.home.lead")}</p>
      <p className="my-6 flex flex-wrap gap-4">
        <Link href="/services" className="btn">{t("publicPages.home.browse")}</Link>
        <Link href="/account/cases" className="btn btn-secondary">{t("publicPages.home.myCases")}</Link>
      </p>
      <p><Link href="/sign-in">{t("publicPages.home.forStaff")}</Link></p>
    </>
  );
}
