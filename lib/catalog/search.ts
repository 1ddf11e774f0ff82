/** Catalogue search that ignores case and Polish diacritics ("zaswiadczenie" finds "Zaświadczenie"). */
import { localize } from "@/lib/forms/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { ServiceDefinition } from "./types";

/** Lower case, no diacritics (ł is not a combining mark, so it is mapped by hand). */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "l").toLowerCase();
}

function haystack(service: ServiceDefinition, locale: Locale): string {
  return foldForSearch([localize(service.name, locale), service.name.pl, localize(service.summary, locale), ...(service.keywords ?? [])].join(" "));
}

/** Every word of the query must appear; services whose name matches come first. */
export function searchServices(services: readonly ServiceDefinition[], query: string, locale: Locale): ServiceDefinition[] {
  const words = foldForSearch(query).split(/\s+/).filter((w) => w.length > 0).slice(0, 10);
  if (words.length === 0) return [...services];
  const scored = services
    .map((service) => {
      const text = haystack(service, locale);
      if (!words.every((w) => text.includes(w))) return null;
      const name = foldForSearch(localize(service.name, locale));
      return { service, score: words.filter((w) => name.includes(w)).length };
    })
    .filter((x): x is { service: ServiceDefinition; score: number } => x !== null);
  return scored.sort((a, b) => b.score - a.score).map((x) => x.service);
}
