import type { Locale } from "@/lib/i18n/locales";

/** Times are stored in UTC and shown in Europe/Warsaw. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "pl" ? "pl-PL" : "en-GB", {
    timeZone: "Europe/Warsaw",
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(iso));
}
