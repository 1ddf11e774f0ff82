import { describe, expect, it } from "vitest";
import { certificateToPem, createRootCa, describeCertificate, issueSealCertificate, pemToDer } from "./pki";
import { keyIdOf, LocalKeySigner } from "./signer";
import { verifyChain } from "./chain";

const now = new Date("2026-11-22T10:00:00.500Z");

describe("pki", () => {
  it("creates a root and a seal certificate that chain and describe correctly", async () => {
    const root = await createRootCa({ commonName: "Okienko Root CA", now });
    const seal = await issueSealCertificate(root, { commonName: "Pieczęć UPO", organization: "Gmina Przykładowa, powiat łódzki", purpose: "receipt-seal", now });

    expect(root.notBefore.toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(root.notAfter.getUTCFullYear()).toBe(2046);
    expect(seal.notAfter.getUTCFullYear()).toBe(2031);
    expect(seal.kid).toBe(keyIdOf(seal.certDer));
    expect(seal.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const info = describeCertificate(seal.certDer);
    expect(info.subject).toBe("C=PL, O=Gmina Przykładowa\\, powiat łódzki, OU=Receipt seal (UPO), CN=Pieczęć UPO");
    expect(info.issuer).toBe("C=PL, CN=Okienko Root CA");
    expect(info.kid).toBe(seal.kid);
    expect(info.sha256Fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(info.serialNumber).toMatch(/^[0-9a-f]{32}$/);

    expect(await verifyChain([seal.certDer, root.certDer], [root.certDer], now)).toMatchObject({ ok: true, leaf: { kid: seal.kid } });
    expect(await verifyChain([seal.certDer], [root.certDer], now)).toMatchObject({ ok: true });
    expect(await verifyChain([seal.certDer, root.certDer], [root.certDer], new Date("2032-01-01"))).toMatchObject({ ok: false });
    expect(await verifyChain([seal.certDer, root.certDer], [root.certDer], new Date("2026-11-22T09:59:59Z"))).toMatchObject({ ok: false });
    expect(await verifyChain([root.certDer], [root.certDer], now)).toMatchObject({ ok: false });
    const other = await createRootCa({ commonName: "Okienko Root CA", now });
    expect(await verifyChain([seal.certDer, root.certDer], [other.certDer], now)).toMatchObject({ ok: false });
    expect(await verifyChain([seal.certDer, other.certDer], [other.certDer], now)).toMatchObject({ ok: false });
  });

  it("round-trips PEM and refuses a key that does not match the certificate", async () => {
    const root = await createRootCa({ commonName: "Root", now });
    const seal = await issueSealCertificate(root, { commonName: "Seal", organization: "Org", purpose: "submission-seal", now });
    const pem = certificateToPem(seal.certDer);
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
    expect(pemToDer(pem)).toEqual(seal.certDer);
    expect(() => pemToDer("not a pem")).toThrow(/No PEM block/);

    const signer = await LocalKeySigner.create(seal.pkcs8Der, [seal.certDer, root.certDer]);
    expect(signer.kid).toBe(seal.kid);
    expect((await signer.sign(new Uint8Array([1, 2, 3]))).length).toBe(64);
    await expect(LocalKeySigner.create(root.pkcs8Der, [seal.certDer])).rejects.toThrow(/does not match/);
    await expect(LocalKeySigner.create(seal.pkcs8Der, [])).rejects.toThrow(/chain/);
  });

  it("refuses a seal certificate that would outlive the root", async () => {
    const root = await createRootCa({ commonName: "Root", now });
    await expect(issueSealCertificate(root, { commonName: "Seal", organization: "Org", purpose: "receipt-seal", now, years: 25 })).rejects.toThrow(/outlive/);
  });
});
