import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SessionTimeoutWarning } from "@/components/layout/session-timeout-warning";
import { SiteHeader } from "@/components/layout/site-header";
import { extendSessionAction } from "./_actions/session";
import { getLocale } from "@/lib/identity/context";
import { getHeaderIdentity } from "@/lib/identity/header-identity";
import { translator } from "@/lib/i18n/translate";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Okienko", template: "%s | Okienko" },
  description: "Wirtualne Biuro Obsługi: sprawy urzędowe przez internet",
};

/** How long before the session ends the warning appears. */
const SESSION_WARNING_SECONDS = 5 * 60;

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = translator(locale);
  const identity = await getHeaderIdentity();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-[var(--color-focus)] focus:p-2 focus:text-black">
          {t("common.skipToContent")}
        </a>
        <SiteHeader t={t} identity={identity} />
        {identity.kind !== "anonymous" && identity.sessionExpires && (
          <SessionTimeoutWarning
            expiresAt={identity.sessionExpires}
            warnSeconds={SESSION_WARNING_SECONDS}
            action={extendSessionAction}
            labels={{ warning: t("common.session.warning", { minutes: SESSION_WARNING_SECONDS / 60 }), extend: t("common.session.extend"), extended: t("common.session.extended") }}
          />
        )}
        <main id="main" tabIndex={-1} className="prose-page mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
