import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { addDays, dayOfWeek, formatCalendarDate } from "./calendar-date";
import {
  easterSunday,
  isNonWorkingDay,
  isPublicHoliday,
  LAST_SUPPORTED_YEAR,
  FIRST_SUPPORTED_YEAR,
  nextWorkingDayFrom,
  publicHolidays,
} from "./polish-holidays";

/**
 * Easter Sunday (MMDD) for 1990–2200, ten years a row, produced independently with
 * python-dateutil's `easter()` (a different algorithm than the one under test).
 */
const EASTER_1990_2200 = `
0415 0331 0419 0411 0403 0416 0407 0330 0412 0404
0423 0415 0331 0420 0411 0327 0416 0408 0323 0412
0404 0424 0408 0331 0420 0405 0327 0416 0401 0421
0412 0404 0417 0409 0331 0420 0405 0328 0416 0401
0421 0413 0328 0417 0409 0325 0413 0405 0425 0410
0401 0421 0406 0329 0417 0409 0325 0414 0405 0418
0410 0402 0421 0406 0329 0418 0402 0422 0414 0330
0418 0410 0326 0415 0406 0329 0411 0403 0422 0414
0330 0419 0410 0326 0415 0407 0419 0411 0403 0423
0407 0330 0419 0404 0326 0415 0331 0420 0411 0403
0416 0408 0330 0412 0404 0424 0415 0331 0420 0412
0328 0417 0409 0325 0413 0405 0418 0410 0401 0421
0406 0329 0417 0402 0422 0414 0329 0418 0410 0326
0414 0406 0329 0411 0402 0422 0414 0330 0418 0410
0326 0415 0406 0419 0411 0403 0422 0407 0330 0419
0403 0326 0415 0331 0419 0411 0403 0416 0407 0330
0412 0404 0423 0415 0331 0420 0411 0327 0416 0408
0323 0412 0404 0424 0408 0331 0420 0405 0327 0416
0401 0421 0412 0404 0417 0409 0331 0420 0405 0328
0416 0401 0421 0413 0328 0417 0409 0325 0413 0405
0425 0410 0401 0421 0406 0329 0417 0409 0325 0414
0406`
  .trim()
  .split(/\s+/);

const supportedYears = fc.integer({ min: FIRST_SUPPORTED_YEAR, max: LAST_SUPPORTED_YEAR });

describe("easterSunday", () => {
  it.each([
    [1990, "1990-04-15"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2100, "2100-03-28"],
    [2200, "2200-04-06"],
  ])("Easter %i is %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it("matches an independent table for every year 1990–2200", () => {
    expect(EASTER_1990_2200).toHaveLength(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
    EASTER_1990_2200.forEach((mmdd, index) => {
      const year = FIRST_SUPPORTED_YEAR + index;
      expect(easterSunday(year)).toBe(`${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
    });
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe("publicHolidays", () => {
  it("lists 2024 (no Christmas Eve yet)", () => {
    expect(publicHolidays(2024)).toEqual([
      { date: "2024-01-01", name: "Nowy Rok" },
      { date: "2024-01-06", name: "Święto Trzech Króli" },
      { date: "2024-03-31", name: "Pierwszy dzień Wielkiej Nocy" },
      { date: "2024-04-01", name: "Drugi dzień Wielkiej Nocy" },
      { date: "2024-05-01", name: "Święto Pracy" },
      { date: "2024-05-03", name: "Święto Narodowe Trzeciego Maja" },
      { date: "2024-05-19", name: "Pierwszy dzień Zielonych Świątek" },
      { date: "2024-05-30", name: "Boże Ciało" },
      { date: "2024-08-15", name: "Wniebowzięcie Najświętszej Maryi Panny" },
      { date: "2024-11-01", name: "Wszystkich Świętych" },
      { date: "2024-11-11", name: "Narodowe Święto Niepodległości" },
      { date: "2024-12-25", name: "Pierwszy dzień Bożego Narodzenia" },
      { date: "2024-12-26", name: "Drugi dzień Bożego Narodzenia" },
    ]);
  });

  it("lists 2025 (first year with Christmas Eve off)", () => {
    expect(publicHolidays(2025).map((holiday) => holiday.date)).toEqual([
      "2025-01-01",
      "2025-01-06",
      "2025-04-20",
      "2025-04-21",
      "2025-05-01",
      "2025-05-03",
      "2025-06-08",
      "2025-06-19",
      "2025-08-15",
      "2025-11-01",
      "2025-11-11",
      "2025-12-24",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("lists 2026", () => {
    expect(publicHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Nowy Rok" },
      { date: "2026-01-06", name: "Święto Trzech Króli" },
      { date: "2026-04-05", name: "Pierwszy dzień Wielkiej Nocy" },
      { date: "2026-04-06", name: "Drugi dzień Wielkiej Nocy" },
      { date: "2026-05-01", name: "Święto Pracy" },
      { date: "2026-05-03", name: "Święto Narodowe Trzeciego Maja" },
      { date: "2026-05-24", name: "Pierwszy dzień Zielonych Świątek" },
      { date: "2026-06-04", name: "Boże Ciało" },
      { date: "2026-08-15", name: "Wniebowzięcie Najświętszej Maryi Panny" },
      { date: "2026-11-01", name: "Wszystkich Świętych" },
      { date: "2026-11-11", name: "Narodowe Święto Niepodległości" },
      { date: "2026-12-24", name: "Wigilia Bożego Narodzenia" },
      { date: "2026-12-25", name: "Pierwszy dzień Bożego Narodzenia" },
      { date: "2026-12-26", name: "Drugi dzień Bożego Narodzenia" },
    ]);
  });

  it("adds 6 January from 2011 and 24 December from 2025", () => {
    expect(isPublicHoliday("2010-01-06")).toBe(false);
    expect(isPublicHoliday("2011-01-06")).toBe(true);
    expect(isPublicHoliday("2024-12-24")).toBe(false);
    expect(isPublicHoliday("2025-12-24")).toBe(true);
    expect(isPublicHoliday("2026-12-24")).toBe(true);
    expect(publicHolidays(2010)).toHaveLength(12);
    expect(publicHolidays(2011)).toHaveLength(13);
    expect(publicHolidays(2200)).toHaveLength(14);
  });

  it("keeps Pentecost a Sunday and Corpus Christi a Thursday, 49 and 60 days after Easter", () => {
    fc.assert(
      fc.property(supportedYears, (year) => {
        const byName = new Map(publicHolidays(year).map((holiday) => [holiday.name, holiday.date]));
        const easter = easterSunday(year);
        expect(byName.get("Pierwszy dzień Zielonych Świątek")).toBe(addDays(easter, 49));
        expect(byName.get("Boże Ciało")).toBe(addDays(easter, 60));
        expect(dayOfWeek(addDays(easter, 49))).toBe(7);
        expect(dayOfWeek(addDays(easter, 60))).toBe(4);
      }),
    );
  });

  it("returns distinct dates in ascending order within the year", () => {
    fc.assert(
      fc.property(supportedYears, (year) => {
        const dates = publicHolidays(year).map((holiday) => holiday.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
      }),
    );
  });

  it.each([1989, 2201, 2025.5])("refuses year %s", (year) => {
    expect(() => publicHolidays(year)).toThrow(RangeError);
  });
});

describe("isPublicHoliday / isNonWorkingDay", () => {
  it("does not call an ordinary Sunday a named holiday, but it is a day off", () => {
    expect(isPublicHoliday("2026-12-27")).toBe(false);
    expect(isNonWorkingDay("2026-12-27")).toBe(true);
  });

  it.each([
    ["2026-02-21", true], // Saturday
    ["2026-02-22", true], // Sunday
    ["2026-02-23", false], // Monday
    ["2026-04-06", true], // Easter Monday
    ["2026-06-04", true], // Corpus Christi (Thursday)
    ["2026-06-05", false],
    ["2026-12-24", true], // Christmas Eve (Thursday)
    ["2024-12-24", false], // Christmas Eve 2024 (Tuesday) was a working day
    ["2026-12-31", false], // New Year's Eve is a working day
  ])("%s non-working: %s", (date, expected) => {
    expect(isNonWorkingDay(date)).toBe(expected);
  });

  it("counts Saturdays and Sundays as non-working in every year", () => {
    fc.assert(
      fc.property(supportedYears, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const date = formatCalendarDate(year, month, day);
        if (dayOfWeek(date) >= 6) expect(isNonWorkingDay(date)).toBe(true);
        if (isPublicHoliday(date)) expect(isNonWorkingDay(date)).toBe(true);
      }),
    );
  });
});

describe("nextWorkingDayFrom (KPA art. 57 §4)", () => {
  it.each([
    ["2026-02-23", "2026-02-23"], // a working Monday stays
    ["2026-02-21", "2026-02-23"], // Saturday → Monday
    ["2026-12-24", "2026-12-28"], // Thu 24, Fri 25, Sat 26 and Sun 27 are off
    ["2025-12-24", "2025-12-29"], // Wed 24 … Sun 28 are off
    ["2026-04-04", "2026-04-07"], // Easter Saturday → Tuesday
    ["2026-12-31", "2026-12-31"],
    ["2027-01-01", "2027-01-04"], // New Year (Friday) → Monday
    ["2026-05-01", "2026-05-04"], // 1 May Friday, 2 May Saturday, 3 May Sunday
  ])("%s → %s", (date, expected) => {
    expect(nextWorkingDayFrom(date)).toBe(expected);
  });
});
