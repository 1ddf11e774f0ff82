import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readerFromRecord } from "../parse";
import { testEnv, testEnvEn } from "../test-fixtures";
import type { FieldKind } from "../types";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

type Case = { kind: FieldKind; valid: Array<[raw: string, stored: string]>; invalid: Array<[raw: string, message: string]> };

const cases: Case[] = [
  {
    kind: "nip",
    valid: [
      ["123-456-32-18", "1234563218"],
      [" 526 025 02 74 ", "5260250274"],
      ["PL7251801126", "7251801126"],
    ],
    invalid: [
      ["", "Podaj numer NIP"],
      ["123456321", "Numer NIP musi mieć 10 cyfr"],
      ["123-456-32-1x", "Numer NIP musi mieć 10 cyfr"],
      ["1234567890", "Sprawdź numer NIP – ten numer jest niepoprawny"],
      ["1234563219", "Sprawdź numer NIP – ten numer jest niepoprawny"],
    ],
  },
  {
    kind: "regon",
    valid: [
      ["123456785", "123456785"],
      ["192 598 184", "192598184"],
      ["12345678512347", "12345678512347"],
    ],
    invalid: [
      ["", "Podaj numer REGON"],
      ["1234567850", "Numer REGON musi mieć 9 albo 14 cyfr"],
      ["012345678", "Sprawdź numer REGON – ten numer jest niepoprawny"],
      ["12345678512346", "Sprawdź numer REGON – ten numer jest niepoprawny"],
    ],
  },
  {
    kind: "krs",
    valid: [
      ["0000123456", "0000123456"],
      ["0000 123 456", "0000123456"],
    ],
    invalid: [
      ["", "Podaj numer KRS"],
      ["123456", "Numer KRS musi mieć 10 cyfr, na przykład 0000123456"],
      ["KRS0000123456", "Numer KRS musi mieć 10 cyfr, na przykład 0000123456"],
    ],
  },
  {
    kind: "land-register",
    valid: [
      ["GL1G/00012345/4", "GL1G/00012345/4"],
      ["wa4m/00123456/4", "WA4M/00123456/4"],
      ["GD1W 00090409 1", "GD1W/00090409/1"],
    ],
    invalid: [
      ["", "Podaj numer księgi wieczystej"],
      ["GL1G/12345/4", "Wpisz numer księgi wieczystej w formacie GL1G/00012345/4"],
      ["1234/00012345/4", "Wpisz numer księgi wieczystej w formacie GL1G/00012345/4"],
      ["LU1B/00012345/6", "Sprawdź numer księgi wieczystej – ten numer jest niepoprawny"],
    ],
  },
  {
    kind: "bank-account",
    valid: [
      ["61 1090 1014 0000 0712 1981 2874", "61109010140000071219812874"],
      ["PL27114020040000300201355387", "27114020040000300201355387"],
      ["pl10 1050 0099 7603 1234 5678 9123", "10105000997603123456789123"],
    ],
    invalid: [
      ["", "Podaj numer rachunku bankowego"],
      ["61 1090 1014", "Numer rachunku bankowego musi mieć 26 cyfr, na przykład 61 1090 1014 0000 0712 1981 2874"],
      ["DE89370400440532013000", "Numer rachunku bankowego musi mieć 26 cyfr, na przykład 61 1090 1014 0000 0712 1981 2874"],
      ["PL62109010140000071219812874", "Sprawdź numer rachunku bankowego – ten numer jest niepoprawny"],
    ],
  },
  {
    kind: "id-card",
    valid: [
      ["ABA300000", "ABA300000"],
      ["abs 123456", "ABS123456"],
    ],
    invalid: [
      ["", "Podaj serię i numer dowodu osobistego"],
      ["AB1234567", "Wpisz serię i numer dowodu osobistego: 3 litery i 6 cyfr, na przykład ABA300000"],
      ["ABA300001", "Sprawdź serię i numer dowodu osobistego – ten numer jest niepoprawny"],
    ],
  },
  {
    kind: "vin",
    valid: [
      ["1m8gdm9axkp042788", "1M8GDM9AXKP042788"],
      ["WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001"],
    ],
    invalid: [
      ["", "Podaj numer VIN"],
      ["WVWZZZ1JZXW00000", "Numer VIN musi mieć 17 znaków"],
      ["WVWZZZ1JZXW00000O", "Numer VIN może zawierać tylko cyfry i litery oprócz I, O i Q"],
    ],
  },
  {
    kind: "vehicle-registration",
    valid: [
      ["SG 12345", "SG12345"],
      ["wwl 1234", "WWL1234"],
    ],
    invalid: [
      ["", "Podaj numer rejestracyjny pojazdu"],
      ["SG ABCDE", "Wpisz numer rejestracyjny tak, jak jest na tablicy, na przykład SG 12345"],
    ],
  },
  {
    kind: "parcel-id",
    valid: [
      ["246601_1.0001.123/4", "246601_1.0001.123/4"],
      ["246601_1.0001.ar_3.123/4", "246601_1.0001.AR_3.123/4"],
    ],
    invalid: [
      ["", "Podaj identyfikator działki"],
      ["246601.0001.123/4", "Wpisz identyfikator działki w formacie 246601_1.0001.123/4"],
    ],
  },
];

describe.each(cases)("$kind", ({ kind, valid, invalid }) => {
  const field = fieldOf(kind);

  it.each(valid)("accepts %j as %j", (raw, stored) => {
    expect(check(field, raw)).toEqual({ ok: true, value: stored });
    expect(kinds[kind].parse(readerFromRecord({ answer: raw }), field)).toBe(stored);
  });

  it.each(invalid)("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("is null when optional and empty, and rejects pasted essays", () => {
    expect(check({ ...field, optional: true }, " ")).toEqual({ ok: true, value: null });
    expect(check(field, "1".repeat(200))).toMatchObject({ ok: false, message: expect.stringContaining("najwyżej") });
  });

  it("has English messages", () => {
    const raw = invalid[invalid.length - 1]?.[0];
    expect(check(field, raw, testEnvEn)).toMatchObject({ ok: false });
    expect(check(field, raw, testEnvEn)).not.toEqual(check(field, raw));
  });

  it("uses the definition's wording", () => {
    const worded = { ...field, errors: { invalid: { pl: "Zły numer w polu {label}" } } };
    expect(check(worded, invalid[invalid.length - 1]?.[0])).toMatchObject({ message: "Zły numer w polu Odpowiedź" });
  });

  it("property: normalising is idempotent and the stored value validates to itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = kinds[kind].parse(readerFromRecord({ answer: text }), field);
        const result = check(field, parsed);
        if (result.ok) expect(kinds[kind].parse(readerFromRecord({ answer: String(parsed) }), field)).toBe(parsed);
      }),
      { numRuns: 100 },
    );
  });
});

describe("identifier summaries", () => {
  it("show the usual printed form", () => {
    expect(kinds.nip.summarize("1234563218", fieldOf("nip"), testEnv)).toBe("123-456-32-18");
    expect(kinds["bank-account"].summarize("61109010140000071219812874", fieldOf("bank-account"), testEnv)).toBe(
      "61 1090 1014 0000 0712 1981 2874",
    );
    expect(kinds.regon.summarize("123456785", fieldOf("regon"), testEnv)).toBe("123456785");
    expect(kinds.nip.summarize(null, fieldOf("nip"), testEnvEn)).toBe("Not provided");
  });
});

describe("vin check digit option", () => {
  it("is checked only with vinCheckDigit: true", () => {
    const strict = fieldOf("vin", { vinCheckDigit: true });
    expect(check(fieldOf("vin"), "WVWZZZ1JZXW000001").ok).toBe(true);
    expect(check(strict, "WVWZZZ1JZXW000001")).toMatchObject({ ok: false, message: "Sprawdź numer VIN – ten numer jest niepoprawny" });
    expect(check(strict, "1M8GDM9AXKP042788").ok).toBe(true);
    expect(check(strict, kinds.vin.example(strict, testEnv)).ok).toBe(true);
  });
});
