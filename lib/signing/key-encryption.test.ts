import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptPrivateKey, encryptPrivateKey, parseKek } from "./key-encryption";
import { createRootCa } from "./pki";

const now = new Date("2026-11-22T10:00:00.500Z");

describe("key encryption", () => {
  const kek = randomBytes(32);

  it("round-trips a private key and refuses a wrong KEK, a wrong kid and tampering", async () => {
    const root = await createRootCa({ commonName: "Root", now });
    const blob = encryptPrivateKey(root.pkcs8Der, kek, root.kid);
    expect(blob[0]).toBe(1);
    expect(blob.length).toBe(1 + 12 + 16 + root.pkcs8Der.length);
    expect(decryptPrivateKey(blob, kek, root.kid)).toEqual(root.pkcs8Der);
    expect(encryptPrivateKey(root.pkcs8Der, kek, root.kid)).not.toEqual(blob); // fresh IV

    expect(() => decryptPrivateKey(blob, randomBytes(32), root.kid)).toThrow(/wrong key-encryption key/);
    expect(() => decryptPrivateKey(blob, kek, "another-kid")).toThrow(/Cannot decrypt/);
    for (const index of [0, 5, 20, blob.length - 1]) {
      const tampered = blob.slice();
      tampered[index]! ^= 0x01;
      expect(() => decryptPrivateKey(tampered, kek, root.kid)).toThrow();
    }
    expect(() => decryptPrivateKey(blob.subarray(0, 20), kek, root.kid)).toThrow(/too short/);
    expect(() => encryptPrivateKey(root.pkcs8Der, kek.subarray(0, 16), root.kid)).toThrow(/32 bytes/);
  });

  it("parses base64 and base64url KEKs of exactly 32 bytes", () => {
    const bytes = new Uint8Array(32).map((_, i) => 250 - i); // has + and / in base64
    const base64 = Buffer.from(bytes).toString("base64");
    const base64url = Buffer.from(bytes).toString("base64url");
    expect(base64).toMatch(/[+/]/);
    expect(parseKek(base64)).toEqual(bytes);
    expect(parseKek(base64.replace(/=+$/, ""))).toEqual(bytes);
    expect(parseKek(base64url)).toEqual(bytes);
    expect(parseKek(`  ${base64}\n`)).toEqual(bytes);
  });

  it.each([
    [undefined, /not set/],
    ["", /not set/],
    ["   ", /not set/],
    ["not base64 at all!", /not base64/],
    [Buffer.alloc(16).toString("base64"), /16 bytes, not 32/],
    [Buffer.alloc(33).toString("base64"), /33 bytes, not 32/],
    ["A".repeat(43) + "==", /padding/],
    ["A".repeat(42) + "B=", /canonical/],
    ["ab+_" + "A".repeat(39), /not base64/],
  ])("refuses the KEK %j", (value, message) => {
    expect(() => parseKek(value)).toThrow(message);
  });
});
