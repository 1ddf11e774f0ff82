import type { Metadata } from "next";
import Link from "next/link";

import { listServices } from "@/lib/catalog/registry";
import { localize } from "@/lib/forms/localize";
import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: "Usługi" };

export default async function ServicesPage() {
  const locale = await getLocale();
  const t = translator(locale);
  return (
    <>
      <h1>{t("publicPages.catalog.title")}</h1>
      <p>{t("publicPages.catalog.lead")}</p>
      <ul className="divide-y divide-[var(--color-line)] border-y border-[var(--color-line)]">
        {listServices().map((service) => (
          <li key={service.id} className="py-4">
            <h2 className="!my-0 !text-xl"><Link href={`/services/${service.id}`}>{localize(service.name, locale)}</Link></h2>
            <p className="!mb-0">{localize(service.summary, locale)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
