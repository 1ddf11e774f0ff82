"use client";

import Link from "next/link";

import { translate } from "@/lib/i18n/translate";

// Client error boundaries cannot read the locale cookie on the server; Polish is the default.
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate("pl", key, params);

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>{t("common.errorPage.title")}</h1>
      <p>{t("common.errorPage.body")}</p>
      {error.digest && <p>{t("common.errorPage.reference", { reference: error.digest })}</p>}
      <p className="flex flex-wrap gap-4">
        <button type="button" className="btn" onClick={reset}>{t("common.errorPage.retry")}</button>
        <Link href="/">{t("common.errorPage.home")}</Link>
      </p>
    </div>
  );
}
