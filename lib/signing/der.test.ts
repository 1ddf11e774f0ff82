import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ecdsaDerToRaw, ecdsaRawToDer, strictDerLength } from "./der";

describe("ECDSA signature encoding", () => {
  it("round-trips raw r||s through DER (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (raw) => {
        const der = ecdsaRawToDer(raw);
        expect(strictDerLength(der)).toBe(der.length);
        expect(ecdsaDerToRaw(der, 32)).toEqual(raw);
      }),
    );
  });

  it("encodes high-bit and leading-zero halves minimally", () => {
    const raw = new Uint8Array(64);
    raw[0] = 0x80;
    raw[63] = 0x01;
    expect(Array.from(ecdsaRawToDer(raw).subarray(0, 5))).toEqual([0x30, 0x26, 0x02, 0x21, 0x00]);
    expect(Array.from(ecdsaRawToDer(raw).subarray(-3))).toEqual([0x02, 0x01, 0x01]);
  });

  it("refuses non-minimal, negative, oversized and trailing encodings", () => {
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01]), 32)).not.toBeNull();
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x01]), 32)).toBeNull();
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x81, 0x02, 0x01, 0x01]), 32)).toBeNull();
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0x00]), 32)).toBeNull();
    expect(ecdsaDerToRaw(new Uint8Array([0x30, 0x80, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0x00, 0x00]), 32)).toBeNull();
  });
});

describe("strictDerLength", () => {
  it("accepts DER and refuses indefinite, non-minimal and end-of-contents encodings", () => {
    expect(strictDerLength(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05, 0x00, 0x00]))).toBe(5);
    expect(strictDerLength(new Uint8Array([0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00]))).toBeNull();
    expect(strictDerLength(new Uint8Array([0x30, 0x81, 0x03, 0x02, 0x01, 0x05]))).toBeNull();
    expect(strictDerLength(new Uint8Array([0x30, 0x04, 0x02, 0x01, 0x05, 0x00]))).toBeNull();
    expect(strictDerLength(new Uint8Array([0x30, 0x05, 0x02, 0x01]))).toBeNull();
  });

  it("never throws (property)", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const length = strictDerLength(bytes);
      return length === null || (length > 0 && length <= bytes.length);
    }));
  });
});
