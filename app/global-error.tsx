"use client";

import Link from "next/link";

import { translate } from "@/lib/i18n/translate";

// Replaces the root layout when it fails itself (e.g. the database is down): self-contained.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: "Arial, sans-serif", maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
        <main>
          <h1>{translate("pl", "common.errorPage.title")}</h1>
          <p>{translate("pl", "common.errorPage.body")}</p>
          {error.digest && <p>{translate("pl", "common.errorPage.reference", { reference: error.digest })}</p>}
          <p><Link href="/">{translate("pl", "common.errorPage.home")}</Link></p>
        </main>
      </body>
    </html>
  );
}
