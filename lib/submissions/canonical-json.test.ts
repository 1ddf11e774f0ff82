import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { canonicalBytes, normalizeForSigning, parseCanonical, sha256Hex } from "./canonical-json";

describe("canonical JSON (RFC 8785)", () => {
  it("sorts keys, prints numbers as ECMAScript does and escapes nothing it need not", () => {
    const bytes = canonicalBytes({ b: 1, a: [true, null, 1e21, 0.000001], "€": "zł" });
    expect(bytes.toString("utf8")).toBe('{"a":[true,null,1e+21,0.000001],"b":1,"€":"zł"}');
  });

  it("normalises to NFC so the same text typed two ways hashes the same", () => {
    const composed = "Zażółć";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(sha256Hex(canonicalBytes({ name: decomposed }))).toBe(sha256Hex(canonicalBytes({ name: composed })));
  });

  it("refuses values JSON cannot carry exactly, and keys that collide after NFC", () => {
    expect(() => normalizeForSigning({ a: Number.NaN })).toThrow(/finite/);
    expect(() => normalizeForSigning({ a: Infinity })).toThrow(/finite/);
    expect(() => normalizeForSigning({ a: 1n })).toThrow(/cannot be signed/);
    expect(() => normalizeForSigning({ ["é".normalize("NFD")]: 1, é: 2 })).toThrow(/duplicate key/);
    expect(normalizeForSigning({ a: undefined, b: 1 })).toEqual({ b: 1 });
  });

  it("round-trips any JSON value and rejects non-canonical text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const bytes = canonicalBytes(value);
        expect(canonicalBytes(parseCanonical(bytes)).equals(bytes)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(() => parseCanonical(Buffer.from('{"b":1,"a":2}'))).toThrow(/not canonical/);
    expect(() => parseCanonical(Buffer.from('{"a": 1}'))).toThrow(/not canonical/);
  });
});

describe("odd keys", () => {
  it("keeps __proto__ and valueOf as ordinary keys", () => {
    const value = JSON.parse('{"__proto__":{"x":1},"valueOf":"v"}') as unknown;
    expect(canonicalBytes(value).toString("utf8")).toBe('{"__proto__":{"x":1},"valueOf":"v"}');
  });
});
