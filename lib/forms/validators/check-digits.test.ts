import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBankAccount, isValidBankAccount, normalizeBankAccount } from "./bank-account";
import { isValidIdCard, normalizeIdCard } from "./id-card";
import { isLandRegisterFormat, isValidLandRegister, landRegisterCheckDigit, normalizeLandRegister } from "./land-register";
import { formatNip, isValidNip, normalizeNip } from "./nip";
import { isValidRegon, isValidRegon14, isValidRegon9, normalizeRegon } from "./regon";
import { isValidVin, isVinFormat, normalizeVin, vinCheckCharacter } from "./vin";

/** Every string that differs from `value` in exactly one digit position (digit → other digit). */
function singleDigitChanges(value: string): string[] {
  return [...value].flatMap((current, position) =>
    /\d/.test(current)
      ? [..."0123456789"].filter((digit) => digit !== current).map((digit) => value.slice(0, position) + digit + value.slice(position + 1))
      : [],
  );
}

const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));

describe("NIP", () => {
  it.each(["1234563218", "5260250274", "7251801126"])("accepts %s", (nip) => expect(isValidNip(nip)).toBe(true));
  it.each([
    ["1234567890", "remainder 10 is never issued"],
    ["1234563219", "wrong check digit"],
    ["123456321", "9 digits"],
    ["12345632180", "11 digits"],
    ["123-456-32-18", "not normalised"],
    ["123456321a", "a letter"],
    ["", "empty"],
  ])("rejects %s (%s)", (nip) => expect(isValidNip(nip)).toBe(false));

  it("normalises dashes, spaces and the PL prefix, and formats with dashes", () => {
    expect(normalizeNip("123-456-32-18")).toBe("1234563218");
    expect(normalizeNip(" 123 456 32 18 ")).toBe("1234563218");
    expect(normalizeNip("PL1234563218")).toBe("1234563218");
    expect(formatNip("1234563218")).toBe("123-456-32-18");
    expect(formatNip("12")).toBe("12");
  });

  it("rejects every single-digit change of a valid number", () => {
    for (const changed of singleDigitChanges("5260250274")) expect(isValidNip(changed), changed).toBe(false);
  });

  // All weights are non-zero below 11 (a prime), so a changed digit always changes the remainder.
  it("property: a single changed digit is always detected", () => {
    fc.assert(
      fc.property(digits(9), fc.nat(9), fc.integer({ min: 1, max: 9 }), (body, position, shift) => {
        const remainder = [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11;
        fc.pre(remainder !== 10);
        const nip = `${body}${remainder}`;
        expect(isValidNip(nip)).toBe(true);
        const changed = nip.slice(0, position) + ((Number(nip[position]) + shift) % 10) + nip.slice(position + 1);
        expect(isValidNip(changed)).toBe(false);
      }),
    );
  });
});

const regon9Check = (body: string) => {
  const remainder = [8, 9, 2, 3, 4, 5, 6, 7].reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11;
  return remainder === 10 ? 0 : remainder;
};
const regon14Check = (body: string) => {
  const remainder = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8].reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11;
  return remainder === 10 ? 0 : remainder;
};

describe("REGON", () => {
  it.each(["123456785", "192598184", "12345678512347"])("accepts %s", (regon) => expect(isValidRegon(regon)).toBe(true));
  it.each([
    ["012345678", "wrong check digit"],
    ["123456784", "wrong check digit"],
    ["12345678512346", "wrong 14-digit check digit"],
    // Correct 14-digit check digit, but the embedded REGON-9 (123456784) is invalid.
    [`1234567840000${regon14Check("1234567840000")}`, "invalid parent REGON-9"],
    ["1234567850", "10 digits"],
    ["12345678a", "a letter"],
    ["", "empty"],
  ])("rejects %s (%s)", (regon) => expect(isValidRegon(regon)).toBe(false));

  it("tells the two lengths apart and normalises spaces and dashes", () => {
    expect(isValidRegon9("12345678512347")).toBe(false);
    expect(isValidRegon14("123456785")).toBe(false);
    expect(normalizeRegon("123-456-785")).toBe("123456785");
  });

  // The known blind spot of "remainder 10 → check digit 0": a change moving the remainder between
  // 0 and 10 keeps the check digit 0. Both of these are valid REGON-9 numbers.
  it("documents the 10 → 0 blind spot", () => {
    expect(isValidRegon9("386029970")).toBe(true);
    expect(isValidRegon9("786029970")).toBe(true);
  });

  // Hence the single-change property only holds when the check digit is not 0 (weights 8,9,2,…,7 are
  // non-zero mod 11, so any other change moves the remainder to a different value).
  it("property REGON-9: a single changed digit is detected when the check digit is not 0", () => {
    fc.assert(
      fc.property(digits(8), fc.nat(8), fc.integer({ min: 1, max: 9 }), (body, position, shift) => {
        fc.pre(regon9Check(body) !== 0);
        const regon = `${body}${regon9Check(body)}`;
        expect(isValidRegon9(regon)).toBe(true);
        const changed = regon.slice(0, position) + ((Number(regon[position]) + shift) % 10) + regon.slice(position + 1);
        expect(isValidRegon9(changed)).toBe(false);
      }),
    );
  });

  // REGON-14 gives position 5 (index 4) the weight 0: its own check digit cannot see a change
  // there. The change is still caught because the first 9 digits must be a valid REGON-9, whose
  // weight at that position is 4. So the property holds at every position, weight-0 included,
  // provided neither check digit is 0 (the 10 → 0 blind spot above, at either level).
  it("property REGON-14: a single changed digit is detected, the weight-0 position by the REGON-9 check", () => {
    fc.assert(
      fc.property(digits(8), digits(4), fc.nat(13), fc.integer({ min: 1, max: 9 }), (body, unit, position, shift) => {
        const parent = `${body}${regon9Check(body)}`;
        const check14 = regon14Check(`${parent}${unit}`);
        fc.pre(regon9Check(body) !== 0 && check14 !== 0);
        const regon = `${parent}${unit}${check14}`;
        expect(isValidRegon14(regon)).toBe(true);
        const changed = regon.slice(0, position) + ((Number(regon[position]) + shift) % 10) + regon.slice(position + 1);
        expect(isValidRegon14(changed)).toBe(false);
        if (position === 4) expect(regon14Check(changed.slice(0, 13))).toBe(check14);
      }),
    );
  });
});

describe("land register (księga wieczysta)", () => {
  it.each(["WA4M/00123456/4", "GD1W/00090409/1", "LU1B/00012345/8", "GL1G/00012345/4"])("accepts %s", (kw) =>
    expect(isValidLandRegister(kw)).toBe(true),
  );
  it.each([
    ["LU1B/00012345/6", "wrong check digit"],
    ["GL1G/00012345/0", "wrong check digit"],
    ["GL1G/0012345/4", "7-digit number"],
    ["GL1G00012345/4", "missing slash"],
    ["G11G/00012345/4", "digit in the letters"],
    ["GLXG/00012345/4", "letter where the digit goes"],
    ["GQ1G/00012345/4", "Q has no value"],
    ["gl1g/00012345/4", "lower case (not normalised)"],
    ["", "empty"],
  ])("rejects %s (%s)", (kw) => expect(isValidLandRegister(kw)).toBe(false));

  it("maps letters per the register's table (X=10, A=11, …, no Q or V)", () => {
    // W=31 ×1 + A=11 ×3 + 4 ×7 + M=23 ×1 + digits 00123456 with 3,7,1,3,7,1,3,7 → 314, check 4.
    expect(landRegisterCheckDigit("WA4M00123456")).toBe(4);
    expect(isLandRegisterFormat("GV1G/00012345/4")).toBe(false);
  });

  it.each([
    ["gl1g/00012345/4", "GL1G/00012345/4"],
    [" GL1G 00012345 4 ", "GL1G/00012345/4"],
    ["GL1G-00012345-4", "GL1G/00012345/4"],
    ["GL1G000123454", "GL1G/00012345/4"],
    ["GL1G/123/4", "GL1G/123/4"],
  ])("normalises %j to %j", (raw, value) => expect(normalizeLandRegister(raw)).toBe(value));

  // Weights 1, 3 and 7 are coprime with 10: a changed digit of the number always changes the sum.
  it("property: a changed digit of the 8-digit number is always detected", () => {
    fc.assert(
      fc.property(digits(8), fc.integer({ min: 5, max: 12 }), fc.integer({ min: 1, max: 9 }), (number, position, shift) => {
        const kw = `GL1G/${number}/${landRegisterCheckDigit(`GL1G${number}`)}`;
        expect(isValidLandRegister(kw)).toBe(true);
        const changed = kw.slice(0, position) + ((Number(kw[position]) + shift) % 10) + kw.slice(position + 1);
        expect(isValidLandRegister(changed)).toBe(false);
      }),
    );
  });
});

describe("bank account (NRB / IBAN)", () => {
  it.each(["61109010140000071219812874", "27114020040000300201355387", "10105000997603123456789123"])("accepts %s", (nrb) =>
    expect(isValidBankAccount(nrb)).toBe(true),
  );
  it.each([
    ["62109010140000071219812874", "wrong check pair"],
    ["16109010140000071219812874", "swapped check pair"],
    ["61109010140000071219812875", "changed last digit"],
    ["6110901014000007121981287", "25 digits"],
    ["PL61109010140000071219812874", "not normalised"],
    ["", "empty"],
  ])("rejects %s (%s)", (nrb) => expect(isValidBankAccount(nrb)).toBe(false));

  it("normalises the IBAN form and spaces, and groups for display", () => {
    expect(normalizeBankAccount("PL61 1090 1014 0000 0712 1981 2874")).toBe("61109010140000071219812874");
    expect(normalizeBankAccount("pl61109010140000071219812874")).toBe("61109010140000071219812874");
    expect(normalizeBankAccount("DE89370400440532013000")).toBe("DE89370400440532013000");
    expect(formatBankAccount("61109010140000071219812874")).toBe("61 1090 1014 0000 0712 1981 2874");
  });

  it("rejects every single-digit change of a valid number (mod 97 catches them all)", () => {
    for (const changed of singleDigitChanges("61109010140000071219812874")) {
      expect(isValidBankAccount(changed), changed).toBe(false);
    }
  });

  it("property: arbitrary 26-digit strings are valid exactly when their IBAN is 1 mod 97", () => {
    fc.assert(
      fc.property(digits(26), (nrb) => {
        const rearranged = BigInt(`${nrb.slice(2)}2521${nrb.slice(0, 2)}`);
        expect(isValidBankAccount(nrb)).toBe(rearranged % 97n === 1n);
      }),
    );
  });
});

describe("ID card (dowód osobisty)", () => {
  it.each(["ABA300000", "ABS123456"])("accepts %s", (id) => expect(isValidIdCard(id)).toBe(true));
  it.each([
    ["ABA300001", "wrong digit"],
    ["ABA400000", "wrong check digit"],
    ["AB1300000", "digit in the series"],
    ["ABA30000", "5 digits"],
    ["aba300000", "lower case (not normalised)"],
    ["", "empty"],
  ])("rejects %s (%s)", (id) => expect(isValidIdCard(id)).toBe(false));

  it("normalises case and spaces", () => expect(normalizeIdCard(" aba 300000 ")).toBe("ABA300000"));

  it("rejects every single-digit change of a valid number", () => {
    for (const changed of singleDigitChanges("ABS123456")) expect(isValidIdCard(changed), changed).toBe(false);
  });
});

describe("VIN", () => {
  it.each(["1M8GDM9AXKP042788", "11111111111111111", "WVWZZZ1JZXW000001"])("accepts the format of %s", (vin) =>
    expect(isVinFormat(vin)).toBe(true),
  );
  it.each(["1M8GDM9AXKP04278", "1M8GDM9AXKP0427888", "IM8GDM9AXKP042788", "1M8GDM9AXKP04278O", "1M8GDM9AXKQ042788", "1m8gdm9axkp042788"])(
    "rejects the format of %s",
    (vin) => expect(isVinFormat(vin)).toBe(false),
  );

  it("checks the 9th character only on request", () => {
    expect(vinCheckCharacter("1M8GDM9AXKP042788")).toBe("X");
    expect(isValidVin("1M8GDM9AXKP042788", true)).toBe(true);
    expect(isValidVin("11111111111111111", true)).toBe(true);
    // A typical European VIN: "Z" in the 9th position is no check digit.
    expect(isValidVin("WVWZZZ1JZXW000001")).toBe(true);
    expect(isValidVin("WVWZZZ1JZXW000001", true)).toBe(false);
    expect(isValidVin("1M8GDM9A1KP042788", true)).toBe(false);
  });

  it("normalises case, spaces and dashes", () => expect(normalizeVin(" 1m8-gdm9axkp042788 ")).toBe("1M8GDM9AXKP042788"));
});

const arbitraryInput = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9A-Za-z /\-_.]{0,30}$/),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

describe("check-digit validators on arbitrary input", () => {
  it("never throw, and accept only well-formed values", () => {
    fc.assert(
      fc.property(arbitraryInput, (raw) => {
        if (isValidNip(raw)) expect(raw).toMatch(/^\d{10}$/);
        if (isValidRegon(raw)) expect(raw).toMatch(/^(\d{9}|\d{14})$/);
        if (isValidLandRegister(raw)) expect(raw).toMatch(/^[A-Z]{2}\d[A-Z]\/\d{8}\/\d$/);
        if (isValidBankAccount(raw)) expect(raw).toMatch(/^\d{26}$/);
        if (isValidIdCard(raw)) expect(raw).toMatch(/^[A-Z]{3}\d{6}$/);
        if (isValidVin(raw)) expect(raw).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
        for (const normalize of [normalizeNip, normalizeRegon, normalizeLandRegister, normalizeBankAccount, normalizeIdCard, normalizeVin]) {
          normalize(raw);
        }
        formatNip(raw);
        formatBankAccount(raw);
      }),
      { numRuns: 500 },
    );
  });
});
