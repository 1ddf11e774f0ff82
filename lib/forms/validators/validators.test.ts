import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidPesel, normalizePesel, peselBirthDate, peselSex } from "./pesel";
import { formatPhone, isValidPhone, phoneNationalNumber } from "./phone";
import { isValidPostalCode, normalizePostalCode } from "./postal-code";

const VALID_PESEL = "44051401458";

describe("PESEL", () => {
  it.each([VALID_PESEL, "02070803628", "02270803624", "90090515836"])("accepts %s", (pesel) => {
    expect(isValidPesel(pesel)).toBe(true);
  });

  it.each(["", "4405140145", "440514014580", "4405140145a", "44051401459", "44 051401458", "00000000000"])(
    "rejects %j",
    (pesel) => expect(isValidPesel(pesel)).toBe(false),
  );

  it("rejects every single-digit change of a valid number", () => {
    for (let position = 0; position < 11; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === VALID_PESEL[position]) continue;
        const changed = VALID_PESEL.slice(0, position) + digit + VALID_PESEL.slice(position + 1);
        expect(isValidPesel(changed), changed).toBe(false);
      }
    }
  });

  it("rejects a correct checksum over an impossible date", () => {
    // Month 13 with a correct check digit: the date is still impossible.
    expect(isValidPesel("44131401459")).toBe(false);
  });

  it("decodes birth date across centuries", () => {
    expect(peselBirthDate(VALID_PESEL)).toBe("1944-05-14");
    expect(peselBirthDate("02270803624")).toBe("2002-07-08");
    expect(peselBirthDate("02870803624")).toBe("1802-07-08");
    expect(peselBirthDate("02470803624")).toBe("2102-07-08");
    expect(peselBirthDate("02670803624")).toBe("2202-07-08");
    expect(peselBirthDate("02133003624")).toBeNull();
    expect(peselBirthDate("0213")).toBeNull();
  });

  it("decodes sex from the tenth digit", () => {
    expect(peselSex(VALID_PESEL)).toBe("male");
    expect(peselSex("02070803628")).toBe("female");
    expect(peselSex("123")).toBeNull();
  });

  it("normalises spaces away", () => expect(normalizePesel(" 4405 1401 458 ")).toBe(VALID_PESEL));
});

describe("postal code", () => {
  it.each(["44-100", "00-950", "99-999"])("accepts %s", (code) => expect(isValidPostalCode(code)).toBe(true));
  it.each(["", "44100", "44-10", "4-4100", "44-1000", "ab-cde", " 44-100", "44–100"])("rejects %j", (code) =>
    expect(isValidPostalCode(code)).toBe(false),
  );
  it.each([
    ["44100", "44-100"],
    ["44 - 100", "44-100"],
    ["44–100", "44-100"],
    ["4410", "4410"],
  ])("normalises %j to %j", (raw, normalised) => expect(normalizePostalCode(raw)).toBe(normalised));
});

describe("phone", () => {
  it.each(["600123456", "600 123 456", "600-123-456", "+48600123456", "+48 600 123 456", "+48 32 238 55 00", "12 345 67 89"])(
    "accepts %j",
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );
  it.each(["", "60012345", "6001234567", "060012345", "+49600123456", "48600123456", "600 123 45a", "-600123456", "600123456-", "++48600123456", "+48"])(
    "rejects %j",
    (phone) => expect(isValidPhone(phone)).toBe(false),
  );
  it("formats valid numbers and leaves others alone", () => {
    expect(formatPhone("600-123-456")).toBe("+48 600 123 456");
    expect(formatPhone("+48600123456")).toBe("+48 600 123 456");
    expect(formatPhone("abc")).toBe("abc");
    expect(phoneNationalNumber(" +48 600 123 456 ")).toBe("600123456");
  });
});

// Printable ASCII, plus strings made of the characters these validators care about.
const arbitraryInput = fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[0-9 +\-\u2013\u00a0]{0,20}$/));

describe("validators on arbitrary input", () => {
  it("never throw and only accept well-formed values", () => {
    fc.assert(
      fc.property(arbitraryInput, (raw) => {
        if (isValidPesel(raw)) expect(raw).toMatch(/^\d{11}$/);
        if (isValidPostalCode(raw)) expect(raw).toMatch(/^\d\d-\d{3}$/);
        if (isValidPhone(raw)) expect(phoneNationalNumber(raw)).toMatch(/^[1-9]\d{8}$/);
        peselBirthDate(raw);
        peselSex(raw);
        normalizePesel(raw);
        normalizePostalCode(raw);
        formatPhone(raw);
      }),
      { numRuns: 500 },
    );
  });

  it("digit strings: PESEL validity implies a decodable birth date", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (pesel) => {
        if (isValidPesel(pesel)) expect(peselBirthDate(pesel)).not.toBeNull();
      }),
    );
  });
});
