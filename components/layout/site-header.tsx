import Link from "next/link";

import type { HeaderIdentity } from "@/lib/identity/header-identity";
import type { Translate } from "@/lib/i18n/translate";
import { SignOutButton } from "./sign-out-button";

type Props = { t: Translate; identity: HeaderIdentity };

export function SiteHeader({ t, identity }: Props) {
  return (
    <header className="bg-[var(--color-brand)] text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-2xl font-bold text-white no-underline hover:text-white">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("common.nav.label")}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
            <li><Link className="text-white hover:text-white" href="/services">{t("common.nav.services")}</Link></li>
            {identity.kind === "resident" && (
              <>
                <li><Link className="text-white hover:text-white" href="/account/cases">{t("common.nav.myCases")}</Link></li>
                <li><Link className="text-white hover:text-white" href="/account/drafts">{t("applications.drafts.title")}</Link></li>
              </>
            )}
            {identity.kind === "staff" && (
              <li><Link className="text-white hover:text-white" href="/office">{t("common.nav.officeQueue")}</Link></li>
            )}
            {identity.kind === "staff" && identity.outboxAdmin && (
              <>
                <li><Link className="text-white hover:text-white" href="/office/admin/services">{t("office.services.title")}</Link></li>
                <li><Link className="text-white hover:text-white" href="/office/admin/failed-messages">{t("notify.admin.title")}</Link></li>
              </>
            )}
            {identity.kind !== "anonymous" && (
              <>
                <li>
                  <Link className="text-white hover:text-white" href={identity.kind === "staff" ? "/office/notifications" : "/account/notifications"}>
                    {identity.unread > 0 ? t("notify.page.indicatorUnread", { count: identity.unread }) : t("notify.page.indicator")}
                  </Link>
                </li>
                <li>
                  <Link className="text-white hover:text-white" href={identity.kind === "staff" ? "/office/settings" : "/account/settings"}>{t("common.nav.settings")}</Link>
                </li>
              </>
            )}
            {identity.kind === "anonymous" ? (
              <li><Link className="text-white hover:text-white" href="/sign-in">{t("common.nav.signIn")}</Link></li>
            ) : (
              <li className="flex flex-wrap items-center gap-x-3">
                <span>{t("common.nav.signedInAs", { name: identity.name })}</span>
                <SignOutButton label={t("common.nav.signOut")} />
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
