import type { Translate } from "@/lib/i18n/translate";

/** A plain GET form: works without JavaScript and gives shareable result URLs. */
export function SearchForm({ t, query }: { t: Translate; query: string }) {
  return (
    <form method="get" action="/services" role="search" className="mb-8 flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <label className="label" htmlFor="service-search">{t("publicPages.catalog.searchLabel")}</label>
        <span id="service-search-hint" className="hint">{t("publicPages.catalog.searchHint")}</span>
        <input id="service-search" name="q" type="search" defaultValue={query} className="input" aria-describedby="service-search-hint" />
      </div>
      <button type="submit" className="btn">{t("publicPages.catalog.search")}</button>
    </form>
  );
}
