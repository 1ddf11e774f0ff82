import Link from "next/link";

import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";

export default async function NotFound() {
  const t = translator(await getLocale());
  return (
    <>
      <h1>{t("common.notFoundPage.title")}</h1>
      <p>{t("common.notFoundPage.body")}</p>
      <p><Link href="/">{t("common.errorPage.home")}</Link></p>
    </>
  );
}
