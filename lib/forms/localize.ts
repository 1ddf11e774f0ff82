import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "./types";

/** The text in the requested language, falling back to Polish (always present). */
export function localize(text: LocalizedText, locale: Locale): string {
  return (locale === "pl" ? undefined : text[locale]) ?? text.pl;
}
