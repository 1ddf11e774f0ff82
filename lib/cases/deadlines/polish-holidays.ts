/**
 * Polish statutory public holidays (ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy,
 * art. 1) and the working-day test used by KPA art. 57 §4.
 *
 * History that matters for 1990–2200:
 * - 3 May (Święto Narodowe Trzeciego Maja) is a holiday again from 1990, 11 November from 1989.
 * - 6 January (Święto Trzech Króli) from 2011 (act of 24 September 2010).
 * - 24 December (Wigilia Bożego Narodzenia) by the act of 6 December 2024 (Dz.U. 2024 poz. 1965),
 *   in force 1 February 2025: the first Christmas Eve off was 24 December 2025.
 * - Sundays are days off by the same article; they are not listed as named holidays here but
 *   `isNonWorkingDay` treats them as such.
 *
 * KPA art. 57 §4 (as amended from 1 June 2017, Dz.U. 2017 poz. 935): a period that ends on a day
 * off by statute or on a Saturday ends on the next day that is neither. Before 2017 the NSA
 * resolution I OPS 1/11 (15 June 2011) already treated Saturday the same way, so the Saturday rule
 * is applied for every year.
 */
import { addDays, type CalendarDate, dayOfWeek, formatCalendarDate, parseCalendarDate, toDayNumber, fromDayNumber } from "./calendar-date";

export type PublicHoliday = { date: CalendarDate; /** Polish name. */ name: string };

export const FIRST_SUPPORTED_YEAR = 1990;
export const LAST_SUPPORTED_YEAR = 2200;

/** Year from which 6 January is a public holiday. */
const EPIPHANY_FROM = 2011;
/** Year from which 24 December is a public holiday. */
const CHRISTMAS_EVE_FROM = 2025;

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`Public holidays are known for ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, not for ${year}`);
  }
}

/** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Gregorian Easter needs a year from 1583, not ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatCalendarDate(year, month, day);
}

/** The named public holidays of the year in date order (Sundays are not listed). */
export function publicHolidays(year: number): PublicHoliday[] {
  assertSupportedYear(year);
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => formatCalendarDate(year, month, day);
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: "Nowy Rok" },
    ...(year >= EPIPHANY_FROM ? [{ date: fixed(1, 6), name: "Święto Trzech Króli" }] : []),
    { date: easter, name: "Pierwszy dzień Wielkiej Nocy" },
    { date: addDays(easter, 1), name: "Drugi dzień Wielkiej Nocy" },
    // The statute says "Święto Państwowe"; everyone calls it Święto Pracy.
    { date: fixed(5, 1), name: "Święto Pracy" },
    { date: fixed(5, 3), name: "Święto Narodowe Trzeciego Maja" },
    { date: addDays(easter, 49), name: "Pierwszy dzień Zielonych Świątek" },
    { date: addDays(easter, 60), name: "Boże Ciało" },
    { date: fixed(8, 15), name: "Wniebowzięcie Najświętszej Maryi Panny" },
    { date: fixed(11, 1), name: "Wszystkich Świętych" },
    { date: fixed(11, 11), name: "Narodowe Święto Niepodległości" },
    ...(year >= CHRISTMAS_EVE_FROM ? [{ date: fixed(12, 24), name: "Wigilia Bożego Narodzenia" }] : []),
    { date: fixed(12, 25), name: "Pierwszy dzień Bożego Narodzenia" },
    { date: fixed(12, 26), name: "Drugi dzień Bożego Narodzenia" },
  ];
  return holidays.sort((x, y) => toDayNumber(x.date) - toDayNumber(y.date));
}

const holidayDatesByYear = new Map<number, ReadonlySet<CalendarDate>>();

function holidayDates(year: number): ReadonlySet<CalendarDate> {
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Set(publicHolidays(year).map((holiday) => holiday.date));
    holidayDatesByYear.set(year, dates);
  }
  return dates;
}

/** True on a named statutory holiday (not on an ordinary Sunday). Throws outside 1990–2200. */
export function isPublicHoliday(date: CalendarDate): boolean {
  const { year } = parseCalendarDate(date);
  return holidayDates(year).has(date);
}

/** Saturday, Sunday or a public holiday: a day on which a KPA period cannot end (art. 57 §4). */
export function isNonWorkingDay(date: CalendarDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 6 || weekday === 7 || isPublicHoliday(date);
}

/** The date itself when it is a working day, otherwise the next working day (art. 57 §4). */
export function nextWorkingDayFrom(date: CalendarDate): CalendarDate {
  let dayNumber = toDayNumber(date);
  while (isNonWorkingDay(fromDayNumber(dayNumber))) dayNumber += 1;
  return fromDayNumber(dayNumber);
}
