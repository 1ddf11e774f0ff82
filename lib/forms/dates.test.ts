import { describe, expect, it } from "vitest";
import { addDays, addMonths, formatDate, isIsoDate, todayInWarsaw } from "./dates";

describe("dates", () => {
  it("takes today in Europe/Warsaw, not UTC", () => {
    expect(todayInWarsaw(new Date("2026-05-13T22:30:00Z"))).toBe("2026-05-14"); // 00:30 CEST
    expect(todayInWarsaw(new Date("2026-05-13T21:59:00Z"))).toBe("2026-05-13");
    expect(todayInWarsaw(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01"); // 00:30 CET
  });

  it.each(["2026-05-14", "2024-02-29", "1900-01-01", "0099-01-01"])("accepts %s", (iso) => expect(isIsoDate(iso)).toBe(true));
  it.each(["2025-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "26-05-14", "2026-05-14T00:00", ""])(
    "rejects %j",
    (iso) => expect(isIsoDate(iso)).toBe(false),
  );

  it("adds days and months across boundaries", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", -30)).toBe("2026-02-27");
    expect(addMonths("2026-05-14", 36)).toBe("2029-05-14");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("formats long dates per language", () => {
    expect(formatDate("2026-05-14", "pl")).toBe("14 maja 2026");
    expect(formatDate("2026-01-01", "pl")).toBe("1 stycznia 2026");
    expect(formatDate("2026-05-14", "en")).toBe("14 May 2026");
    expect(formatDate("not a date", "pl")).toBe("not a date");
  });
});
