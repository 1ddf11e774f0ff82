/**
 * Dates and sizes as our documents print them. Times are always in Europe/Warsaw, whatever the
 * server's zone. Intl formatters are costly to create, so they are cached per locale.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateTimeFormat(locale: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${seconds}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: "Europe/Warsaw",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      ...(seconds ? { second: "2-digit" } : {}),
      hourCycle: "h23",
    });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "22.11.2026, 14:05" (pl-PL), or with seconds "22.11.2026, 14:05:33"; Europe/Warsaw time. */
export function formatWarsawDateTime(date: Date, locale: string, options: { seconds?: boolean } = {}): string {
  return dateTimeFormat(locale, options.seconds ?? false).format(date);
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numberFormats.set(locale, format);
  }
  return format;
}

/** Exact size, and a rounded one for larger files: "532 B", "1 234 567 B (1,2 MB)". */
export function formatFileSize(bytes: number, locale: string): string {
  const format = numberFormat(locale);
  const exact = `${format.format(bytes)} B`;
  if (bytes < 1024) return exact;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  return `${exact} (${format.format(value)} ${unit})`;
}
