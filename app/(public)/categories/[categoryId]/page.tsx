import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ServiceList } from "@/components/catalog/service-list";
import { findCategory } from "@/lib/catalog/categories";
import { listServices } from "@/lib/catalog/registry";
import { localize } from "@/lib/forms/localize";
import { getLocale } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";

type Props = { params: Promise<{ categoryId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = findCategory((await params).categoryId);
  return { title: category?.name.pl ?? "Kategoria" };
}

export default async function CategoryPage({ params }: Props) {
  const category = findCategory((await params).categoryId);
  if (!category) notFound();
  const locale = await getLocale();
  const t = translator(locale);
  return (
    <>
      <p><Link href="/services">{t("publicPages.catalog.title")}</Link></p>
      <h1>{localize(category.name, locale)}</h1>
      <p>{localize(category.description, locale)}</p>
      <ServiceList services={listServices().filter((s) => s.category === category.id)} locale={locale} />
    </>
  );
}
