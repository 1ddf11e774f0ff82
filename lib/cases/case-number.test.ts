import { describe, expect, it } from "vitest";

import { formatCaseNumber, yearInWarsaw } from "./case-number";

describe("formatCaseNumber", () => {
  it("writes UNIT.CLASS.SEQ.YEAR", () => {
    expect(formatCaseNumber({ unit: "SO-II", jrwaClass: "5341", sequence: 12, year: 2026 })).toBe("SO-II.5341.12.2026");
  });

  it.each([
    [{ unit: "SO II", jrwaClass: "5341", sequence: 1, year: 2026 }],
    [{ unit: "SO.", jrwaClass: "5341", sequence: 1, year: 2026 }],
    [{ unit: "SO", jrwaClass: "53410", sequence: 1, year: 2026 }],
    [{ unit: "SO", jrwaClass: "5341", sequence: 0, year: 2026 }],
    [{ unit: "SO", jrwaClass: "5341", sequence: 1.5, year: 2026 }],
    [{ unit: "SO", jrwaClass: "5341", sequence: 1, year: 26 }],
  ])("refuses malformed parts %o", (parts) => {
    expect(() => formatCaseNumber(parts)).toThrow();
  });
});

describe("yearInWarsaw", () => {
  it("counts a late New Year's Eve submission (UTC) in the Polish new year", () => {
    expect(yearInWarsaw(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(yearInWarsaw(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
  });
});
