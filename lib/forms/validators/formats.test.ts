import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidKrs, normalizeKrs } from "./krs";
import { formatMoney, moneyInputText, parseMoney } from "./money";
import { canonicalDecimal, formatDecimal, parseDecimal, toCanonicalDecimal } from "./number";
import { isValidParcelId, normalizeParcelId } from "./parcel-id";
import { isValidVehicleRegistration, normalizeVehicleRegistration } from "./vehicle-registration";

describe("KRS", () => {
  it.each(["0000123456", "0000000001", "1234567890"])("accepts %s", (krs) => expect(isValidKrs(krs)).toBe(true));
  it.each(["123456", "000012345", "00001234567", "000012345a", ""])("rejects %j (no zeros are added)", (krs) =>
    expect(isValidKrs(krs)).toBe(false),
  );
  it("removes spaces", () => expect(normalizeKrs(" 0000 123 456 ")).toBe("0000123456"));
});

describe("vehicle registration", () => {
  it.each([
    ["SG12345", "2-letter district, 5 digits"],
    ["SK1234A", "2-letter district, digits and a letter"],
    ["KR1AB23", "2-letter district, mixed"],
    ["WWL1234", "3-letter district, 4 digits"],
    ["SGLA123", "3-letter district, letter first"],
    ["WX12345", "Warsaw"],
    ["S1KOWAL", "individual plate"],
    ["G1ABC", "short individual plate"],
  ])("accepts %s (%s)", (plate) => expect(isValidVehicleRegistration(plate)).toBe(true));
  it.each([
    ["SGABCDE", "no digit after the district"],
    ["SG123", "too short"],
    ["SGL123456", "too long"],
    ["1G12345", "district starts with a digit"],
    ["S1234", "one-letter district without a letter after the digit"],
    ["sg12345", "lower case (not normalised)"],
    ["SG 12345", "a space (not normalised)"],
    ["", "empty"],
  ])("rejects %s (%s)", (plate) => expect(isValidVehicleRegistration(plate)).toBe(false));
  it("normalises case, spaces and dashes", () => expect(normalizeVehicleRegistration(" sg 123-45 ")).toBe("SG12345"));
});

describe("parcel identifier", () => {
  it.each(["246601_1.0001.123/4", "247801_1.0001.123/4", "246601_1.0001.AR_3.123/4", "146501_8.0512.7", "020101_2.0001.1/12"])(
    "accepts %s",
    (id) => expect(isValidParcelId(id)).toBe(true),
  );
  it.each([
    ["246601.1.0001.123/4", "dot instead of underscore"],
    ["24660_1.0001.123/4", "5-digit gmina code"],
    ["246601_1.001.123/4", "3-digit precinct"],
    ["246601_6.0001.123", "gmina type 6 does not exist"],
    ["256601_1.0001.123", "odd voivodeship code"],
    ["346601_1.0001.123", "voivodeship 34 does not exist"],
    ["246601_1.0001.123/", "empty sub-number"],
    ["246601_1.0001.0123", "leading zero"],
    ["246601_1.0001.AR_.123", "sheet without a number"],
    ["246601_1.0001.ar_3.123", "lower-case sheet (not normalised)"],
    ["", "empty"],
  ])("rejects %s (%s)", (id) => expect(isValidParcelId(id)).toBe(false));
  it("normalises spaces and case", () =>
    expect(normalizeParcelId(" 246601_1.0001.ar_3.123/4 ")).toBe("246601_1.0001.AR_3.123/4"));
});

describe("numbers as typed", () => {
  it.each([
    ["12", "12"],
    ["-12", "-12"],
    ["\u221212", "-12"],
    ["+12", "12"],
    ["12,5", "12.5"],
    ["12.50", "12.5"],
    ["1 234,5", "1234.5"],
    ["1\u00a0234\u00a0567", "1234567"],
    [",5", "0.5"],
    ["007", "7"],
    ["-0,0", "0"],
  ])("reads %j as %j", (raw, canonical) => {
    const parts = parseDecimal(raw);
    expect(parts && canonicalDecimal(parts)).toBe(canonical);
  });

  it.each(["", "-", "abc", "12 5", "1 2345", "1.234,5", "1,234.5", "12,", "1e3", "12.5.5", "١٢"])("rejects %j", (raw) =>
    expect(parseDecimal(raw)).toBeNull(),
  );

  it("formats in the reader's language", () => {
    expect(formatDecimal("1234567.25", "pl")).toBe("1 234 567,25");
    expect(formatDecimal("1234567.25", "en")).toBe("1,234,567.25");
    expect(formatDecimal(-1234, "pl")).toBe("-1 234");
    expect(formatDecimal("999", "pl")).toBe("999");
    expect(formatDecimal("12.5", "pl", 2)).toBe("12,50");
    expect(formatDecimal("abc", "pl")).toBe("abc");
    expect(toCanonicalDecimal(0.1)).toBe("0.1");
    expect(toCanonicalDecimal(1e-7)).toBeNull();
  });

  it("property: canonical strings read back to themselves and keep their value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(999), (whole, thousandths) => {
        const canonical = toCanonicalDecimal(`${whole},${String(thousandths).padStart(3, "0")}`);
        expect(canonical).not.toBeNull();
        expect(toCanonicalDecimal(canonical ?? "")).toBe(canonical);
        expect(Number(canonical)).toBeCloseTo(whole + Math.sign(whole || 1) * (thousandths / 1000), 6);
      }),
    );
  });
});

describe("money", () => {
  it.each([
    ["1 234,56", 123456],
    ["1234.56", 123456],
    ["17 zł", 1700],
    ["17zł", 1700],
    ["17 ZL", 1700],
    ["17,- zł", 1700],
    ["17,-", 1700],
    ["PLN 17.5", 1750],
    ["0,01", 1],
    ["-5", -500],
  ])("reads %j as %d grosze", (raw, grosze) => expect(parseMoney(raw)).toEqual({ ok: true, grosze }));

  it.each([
    ["12,345", "decimals"],
    ["1.234,56", "format"],
    ["zł", "format"],
    ["17 euro", "format"],
    ["12345678901234", "tooLarge"],
  ])("rejects %j (%s)", (raw, problem) => expect(parseMoney(raw)).toEqual({ ok: false, problem }));

  it("formats for summaries and inputs without floating-point division", () => {
    expect(formatMoney(123456, "pl")).toBe("1 234,56 zł");
    expect(formatMoney(1700, "pl")).toBe("17,00 zł");
    expect(formatMoney(5, "pl")).toBe("0,05 zł");
    expect(formatMoney(-150, "pl")).toBe("-1,50 zł");
    expect(formatMoney(123456, "en")).toBe("PLN 1,234.56");
    expect(moneyInputText(123456)).toBe("1234,56");
    expect(moneyInputText(999999999999999)).toBe("9999999999999,99");
  });

  it("property: the input text of an amount reads back to the same grosze", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (grosze) => {
        expect(parseMoney(moneyInputText(grosze))).toEqual({ ok: true, grosze });
        expect(parseMoney(formatMoney(grosze, "pl"))).toEqual({ ok: true, grosze });
      }),
    );
  });
});

describe("format validators on arbitrary input", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9 ,.\-+złPLN_/AR]{0,25}$/)), (raw) => {
        isValidKrs(normalizeKrs(raw));
        isValidVehicleRegistration(normalizeVehicleRegistration(raw));
        isValidParcelId(normalizeParcelId(raw));
        const parts = parseDecimal(raw);
        if (parts) expect(canonicalDecimal(parts)).toMatch(/^-?\d+(\.\d*[1-9])?$/);
        const money = parseMoney(raw);
        if (money.ok) expect(Number.isSafeInteger(money.grosze)).toBe(true);
        formatDecimal(raw, "pl");
      }),
      { numRuns: 500 },
    );
  });
});
