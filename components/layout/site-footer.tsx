import Link from "next/link";

import type { Translate } from "@/lib/i18n/translate";

export function SiteFooter({ t }: { t: Translate }) {
  return (
    <footer className="mt-10 border-t-4 border-[var(--color-brand)] bg-[#f3f2f1]">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6 text-sm sm:px-6">
        <p>{t("common.footer.about")}</p>
        <Link href="/accessibility">{t("common.footer.accessibility")}</Link>
      </div>
    </footer>
  );
}
