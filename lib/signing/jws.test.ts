import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { signCompactJws, signDetachedJws, verifyJws } from "./jws";
import { createTestPki, type TestPki } from "./test-support";

let pki: TestPki;
const payload = new TextEncoder().encode('{"receiptId":"UPO/2026/000123/4f2a","office":{"name":"Urząd Gminy Testowo"}}');

beforeAll(async () => {
  pki = await createTestPki(new Date(Date.now() - 3_600_000));
});

function headerOf(jws: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jws.split(".")[0]!, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("detached JWS", () => {
  it("signs with the expected protected header and verifies", async () => {
    const jws = await signDetachedJws(payload, pki.signer, "upo+jws");
    expect(jws).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]{86}$/);
    const header = headerOf(jws);
    expect(header).toEqual({
      alg: "ES256",
      typ: "upo+jws",
      kid: pki.seal.kid,
      x5c: [Buffer.from(pki.seal.certDer).toString("base64"), Buffer.from(pki.root.certDer).toString("base64")],
      "x5t#S256": pki.seal.kid,
    });
    const verdict = await verifyJws(jws, { detachedPayload: payload, trustedRoots: [pki.root.certDer] });
    expect(verdict).toMatchObject({ ok: true, kid: pki.seal.kid, typ: "upo+jws", signer: { kid: pki.seal.kid } });
    expect(verdict.ok && Buffer.from(verdict.payload).equals(Buffer.from(payload))).toBe(true);
  });

  it("refuses a changed payload, a missing payload, an untrusted root, a wrong time and a wrong type", async () => {
    const jws = await signDetachedJws(payload, pki.signer, "upo+jws");
    const changed = payload.slice();
    changed[5]! ^= 1;
    expect(await verifyJws(jws, { detachedPayload: changed, trustedRoots: [pki.root.certDer] })).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
    expect(await verifyJws(jws, { trustedRoots: [pki.root.certDer] })).toMatchObject({ ok: false, reason: expect.stringMatching(/detached/) });
    expect(await verifyJws(jws, { detachedPayload: payload, trustedRoots: [pki.otherRoot.certDer] })).toMatchObject({ ok: false, reason: expect.stringMatching(/Untrusted/) });
    expect(await verifyJws(jws, { detachedPayload: payload, trustedRoots: [pki.root.certDer], at: new Date("2040-01-01") })).toMatchObject({ ok: false });
    expect(await verifyJws(jws, { detachedPayload: payload, trustedRoots: [pki.root.certDer], typ: "other+jws" })).toMatchObject({ ok: false });
  });

  it("refuses any single-byte change of the payload (property)", async () => {
    const jws = await signDetachedJws(payload, pki.signer, "upo+jws");
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: payload.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = payload.slice();
        mutated[index]! ^= xor;
        return (await verifyJws(jws, { detachedPayload: mutated, trustedRoots: roots })).ok === false;
      }),
      { numRuns: 200 },
    );
  });

  it("refuses any single-character change of the JWS text (property)", async () => {
    const jws = await signDetachedJws(payload, pki.signer, "upo+jws");
    const roots = [pki.root.certDer];
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: jws.length - 1 }), fc.constantFrom(...alphabet), async (index, char) => {
        fc.pre(jws[index] !== char);
        const mutated = jws.slice(0, index) + char + jws.slice(index + 1);
        return (await verifyJws(mutated, { detachedPayload: payload, trustedRoots: roots })).ok === false;
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on garbage", async () => {
    for (const input of ["", "a.b", "a.b.c", "..", "e30..", "e30.e30.e30", null as unknown as string]) {
      expect(await verifyJws(input, { detachedPayload: payload, trustedRoots: [pki.root.certDer] })).toMatchObject({ ok: false });
    }
  });
});

describe("compact JWS", () => {
  it("carries and returns the payload; a changed payload part fails", async () => {
    const jws = await signCompactJws(payload, pki.signer, "okienko-signature+jws");
    const [header, body, signature] = jws.split(".");
    expect(Buffer.from(body!, "base64url").equals(Buffer.from(payload))).toBe(true);
    const verdict = await verifyJws(jws, { trustedRoots: [pki.root.certDer] });
    expect(verdict).toMatchObject({ ok: true, kid: pki.seal.kid, typ: "okienko-signature+jws" });
    expect(verdict.ok && Buffer.from(verdict.payload).equals(Buffer.from(payload))).toBe(true);

    const changed = payload.slice();
    changed[0]! ^= 2;
    const forged = `${header}.${Buffer.from(changed).toString("base64url")}.${signature}`;
    expect(await verifyJws(forged, { trustedRoots: [pki.root.certDer] })).toMatchObject({ ok: false });
    expect(await verifyJws(jws, { trustedRoots: [pki.otherRoot.certDer] })).toMatchObject({ ok: false });
    expect(await verifyJws(jws, { trustedRoots: [pki.root.certDer], detachedPayload: changed })).toMatchObject({ ok: false });
    expect(await verifyJws(jws, { trustedRoots: [pki.root.certDer], detachedPayload: payload })).toMatchObject({ ok: true });
  });

  it("refuses any single-byte change of the payload (property)", async () => {
    const jws = await signCompactJws(payload, pki.signer, "okienko-signature+jws");
    const [header, , signature] = jws.split(".");
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: payload.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = payload.slice();
        mutated[index]! ^= xor;
        const forged = `${header}.${Buffer.from(mutated).toString("base64url")}.${signature}`;
        return (await verifyJws(forged, { trustedRoots: roots })).ok === false;
      }),
      { numRuns: 200 },
    );
  });
});
