import type { Metadata } from "next";
import Link from "next/link";

import { SearchForm } from "@/components/catalog/search-form";
import { ServiceList } from "@/components/catalog/service-list";
import { categories } from "@/lib/catalog/categories";
import { listServices } from "@/lib/catalog/registry";
import { searchServices } from "@/lib/catalog/search";
import { localize } from "@/lib/forms/localize";
import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";

export const metadata: Metadata = { title: "Usługi" };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function ServicesPage({ searchParams }: Props) {
  const locale = await getLocale();
  const t = translator(locale);
  const query = ((await searchParams).q ?? "").slice(0, 200);
  const services = listServices();
  if (query.trim()) {
    const results = searchServices(services, query, locale);
    return (
      <>
        <h1>{t("publicPages.catalog.resultsTitle", { query })}</h1>
        <SearchForm t={t} query={query} />
        <p role="status">{t("publicPages.catalog.resultsCount", { count: results.length })}</p>
        <ServiceList services={results} locale={locale} />
      </>
    );
  }
  return (
    <>
      <h1>{t("publicPages.catalog.title")}</h1>
      <p>{t("publicPages.catalog.lead")}</p>
      <SearchForm t={t} query="" />
      <h2>{t("publicPages.catalog.categories")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {categories.map((category) => (
          <li key={category.id} className="border-l-4 border-[var(--color-brand)] pl-3">
            <Link href={`/categories/${category.id}`} className="font-bold">{localize(category.name, locale)}</Link>
            <span className="text-[var(--color-muted)]"> ({services.filter((s) => s.category === category.id).length})</span>
            <p className="!mb-0 text-sm">{localize(category.description, locale)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
