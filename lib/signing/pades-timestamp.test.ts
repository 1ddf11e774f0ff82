import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as asn1js from "asn1js";
import fc from "fast-check";
import { PDFDocument } from "pdf-lib";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256, toArrayBuffer } from "./bytes";
import { createLocalTsa, startLocalTsaServer, timestampFromLocalTsa, type LocalTsa } from "./local-tsa";
import { OID } from "./oids";
import { sealPdf, sealPdfWithLevel, TIMESTAMPED_SIGNATURE_RESERVE_BYTES } from "./pades";
import { certificateToPem, issueSealCertificate, type IssuedKey } from "./pki";
import { LocalKeySigner } from "./signer";
import { closedPortUrl, createTestPki, simplePdf, startTestServer, testSealMeta, type TestPki } from "./test-support";
import { timestampFromUrl } from "./tsa-config";
import { verifyPdfSeal } from "./verify-pdf";

let pki: TestPki;
let tsa: LocalTsa;
let sealed: Uint8Array;
const signingTime = () => new Date(pki.now.getTime() + 60_000);

beforeAll(async () => {
  pki = await createTestPki(new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000));
  tsa = await createLocalTsa({ root: pki.root, now: pki.now });
  const result = await sealPdfWithLevel(await simplePdf(), pki.signer, testSealMeta(signingTime()), { timestamp: timestampFromLocalTsa(tsa) });
  expect(result).toMatchObject({ level: "PAdES-B-T" });
  expect(result.timestampFailure).toBeUndefined();
  sealed = result.pdf;
});

/** The /Contents hex of the (last) signature: where it starts and ends (without the angle brackets). */
function contentsRange(bytes: Uint8Array): { start: number; end: number } {
  const text = Buffer.from(bytes).toString("latin1");
  const start = text.lastIndexOf("/Contents <") + "/Contents <".length;
  return { start, end: text.indexOf(">", start) };
}

function cmsOf(bytes: Uint8Array): Uint8Array {
  const { start, end } = contentsRange(bytes);
  const hex = Buffer.from(bytes.subarray(start, end)).toString("latin1");
  const der = new Uint8Array(Buffer.from(hex, "hex"));
  return der.subarray(0, asn1js.fromBER(toArrayBuffer(der)).offset);
}

/** The PDF with its CMS replaced (zero padded to the same placeholder): /Contents is outside the digest. */
function withCms(bytes: Uint8Array, cms: Uint8Array): Uint8Array {
  const { start, end } = contentsRange(bytes);
  const hex = Buffer.from(cms).toString("hex").padEnd(end - start, "0");
  if (hex.length !== end - start) throw new Error("test fixture: CMS too large for the placeholder");
  const out = bytes.slice();
  out.set(Buffer.from(hex, "latin1"), start);
  return out;
}

/** Re-encodes the PDF's CMS after `change` edits its SignerInfo. */
function editSignerInfo(bytes: Uint8Array, change: (signerInfo: pkijs.SignerInfo) => void): Uint8Array {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cmsOf(bytes))).content });
  change(signedData.signerInfos[0]!);
  const cms = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER();
  return withCms(bytes, new Uint8Array(cms));
}

const tokenAttribute = (token: Uint8Array) =>
  new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [new pkijs.Attribute({ type: OID.timeStampToken, values: [asn1js.fromBER(toArrayBuffer(token)).result] })] });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("PAdES-B-T", () => {
  it("verifies with level PAdES-B-T and the token's genTime", async () => {
    const verdict = await verifyPdfSeal(sealed, [pki.root.certDer]);
    expect(verdict).toMatchObject({ ok: true, kid: pki.seal.kid, level: "PAdES-B-T" });
    if (!verdict.ok) return;
    expect(verdict.signingTime?.toISOString()).toBe(signingTime().toISOString());
    expect(verdict.timestampTime!.getTime() % 1000).toBe(0);
    expect(Math.abs(verdict.timestampTime!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(sealed.length).toBeLessThan(60_000);

    const bb = await verifyPdfSeal(await sealPdf(await simplePdf(), pki.signer, testSealMeta(signingTime())), [pki.root.certDer]);
    expect(bb).toMatchObject({ ok: true, level: "PAdES-B-B", timestampTime: null });
  });

  it("seals B-T through an HTTP TSA (timestampFromUrl + the local TSA server)", async () => {
    const server = await startLocalTsaServer({ tsa, port: 0 });
    try {
      const result = await sealPdfWithLevel(await simplePdf(), pki.signer, testSealMeta(signingTime()), { timestamp: timestampFromUrl(server.url) });
      expect(result.level).toBe("PAdES-B-T");
      expect(await verifyPdfSeal(result.pdf, [pki.root.certDer])).toMatchObject({ ok: true, level: "PAdES-B-T" });
    } finally {
      await server.close();
    }
  });

  it("still seals, as B-B, when the TSA is down, answers garbage, times out or the callback throws", async () => {
    const garbage = await startTestServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/timestamp-reply" });
      response.end(new Uint8Array(64).fill(0x30));
    });
    const silent = await startTestServer(() => {});
    try {
      const cases: [string, Parameters<typeof sealPdfWithLevel>[3], RegExp][] = [
        ["down", { timestamp: timestampFromUrl(await closedPortUrl()) }, /no time-stamp token/],
        ["garbage", { timestamp: timestampFromUrl(garbage.url) }, /no time-stamp token/],
        ["timeout", { timestamp: timestampFromUrl(silent.url, { timeoutMs: 300 }) }, /no time-stamp token/],
        [
          "throws",
          {
            timestamp: async () => {
              throw new Error("boom");
            },
          },
          /time-stamping failed: boom/,
        ],
        ["not a token", { timestamp: async () => new Uint8Array([0x30, 0x00]) }, /time-stamping failed: The time-stamp token is not a CMS SignedData/],
        ["wrong imprint", { timestamp: async (signature) => tsa.timestamp(sha256(sha256(signature))) }, /over different data/],
      ];
      for (const [name, options, reason] of cases) {
        const t0 = performance.now();
        const result = await sealPdfWithLevel(await simplePdf(), pki.signer, testSealMeta(signingTime()), options);
        expect(performance.now() - t0, name).toBeLessThan(2500);
        expect(result.level, name).toBe("PAdES-B-B");
        expect(result.timestampFailure, name).toMatch(reason);
        expect(await verifyPdfSeal(result.pdf, [pki.root.certDer]), name).toMatchObject({ ok: true, level: "PAdES-B-B" });
      }
    } finally {
      await garbage.close();
      await silent.close();
    }
  });

  it("drops a token that would not fit the reserve instead of failing", async () => {
    // A valid token whose TSA certificate carries 17 KB of padding in a non-critical extension.
    const bulkyTsa = await createLocalTsa({ certificate: await issueBulkyTsaCertificate(17_000) });
    const result = await sealPdfWithLevel(await simplePdf(), pki.signer, testSealMeta(signingTime()), { timestamp: timestampFromLocalTsa(bulkyTsa) });
    expect(result.level).toBe("PAdES-B-B");
    expect(result.timestampFailure).toMatch(new RegExp(`does not fit the ${TIMESTAMPED_SIGNATURE_RESERVE_BYTES}-byte signature reserve`));
    expect(await verifyPdfSeal(result.pdf, [pki.root.certDer])).toMatchObject({ ok: true, level: "PAdES-B-B" });
  });

  it("refuses a token over a different imprint spliced into /Contents", async () => {
    const foreign = await tsa.timestamp(sha256(new TextEncoder().encode("something else")));
    const spliced = editSignerInfo(sealed, (signerInfo) => {
      signerInfo.unsignedAttrs = tokenAttribute(foreign);
    });
    const verdict = await verifyPdfSeal(spliced, [pki.root.certDer]);
    expect(verdict).toMatchObject({ ok: false, code: "bad-timestamp" });
    expect(!verdict.ok && verdict.message).toMatch(/different data/);

    // A token of a TSA under another root, over the right imprint.
    const otherTsa = await createLocalTsa({ root: pki.otherRoot, now: pki.now });
    const otherToken = await otherTsa.timestamp(sha256(signatureValueOf(sealed)));
    const fromOtherTsa = editSignerInfo(sealed, (signerInfo) => {
      signerInfo.unsignedAttrs = tokenAttribute(otherToken);
    });
    expect(await verifyPdfSeal(fromOtherTsa, [pki.root.certDer])).toMatchObject({ ok: false, code: "untrusted", message: /Time-stamp authority/ });
    expect(await verifyPdfSeal(fromOtherTsa, [pki.root.certDer, pki.otherRoot.certDer])).toMatchObject({ ok: true, level: "PAdES-B-T" });

    // Two tokens, or another unsigned attribute, are not accepted.
    const own = await tsa.timestamp(sha256(signatureValueOf(sealed)));
    const twoTokens = editSignerInfo(sealed, (signerInfo) => {
      signerInfo.unsignedAttrs!.attributes[0]!.values.push(asn1js.fromBER(toArrayBuffer(own)).result);
    });
    expect(await verifyPdfSeal(twoTokens, [pki.root.certDer])).toMatchObject({ ok: false, code: "malformed" });
    const otherAttribute = editSignerInfo(sealed, (signerInfo) => {
      signerInfo.unsignedAttrs!.attributes[0]!.type = "1.2.840.113549.1.9.6"; // countersignature
    });
    expect(await verifyPdfSeal(otherAttribute, [pki.root.certDer])).toMatchObject({ ok: false, code: "malformed" });

    // Stripping the token leaves a valid B-B seal (B-T is evidence added on top, not signed).
    const stripped = editSignerInfo(sealed, (signerInfo) => {
      delete signerInfo.unsignedAttrs;
    });
    expect(await verifyPdfSeal(stripped, [pki.root.certDer])).toMatchObject({ ok: true, level: "PAdES-B-B" });
  });

  it("checks the seal's chain at genTime, not at /M", async () => {
    const shortLived = await issueSealCertificate(pki.root, { commonName: "Short", organization: "Org", purpose: "receipt-seal", now: pki.now, years: 1 });
    const signer = await LocalKeySigner.create(shortLived.pkcs8Der, [shortLived.certDer, pki.root.certDer]);
    const late = new Date(pki.now.getTime() + 2 * 365 * 24 * 3_600_000);
    // /M claims a time after the certificate expired, but the time-stamp proves it was sealed now.
    const timely = await sealPdfWithLevel(await simplePdf(), signer, testSealMeta(late), { timestamp: timestampFromLocalTsa(tsa) });
    expect(await verifyPdfSeal(timely.pdf, [pki.root.certDer])).toMatchObject({ ok: true, level: "PAdES-B-T" });

    // A TSA whose clock says two years later: the seal certificate had expired by genTime.
    const futureTsa = await createLocalTsa({ certificate: tsa.certificate, clock: () => late });
    const tooLate = await sealPdfWithLevel(await simplePdf(), signer, testSealMeta(signingTime()), { timestamp: timestampFromLocalTsa(futureTsa) });
    expect(tooLate.level).toBe("PAdES-B-T");
    const verdict = await verifyPdfSeal(tooLate.pdf, [pki.root.certDer]);
    expect(verdict).toMatchObject({ ok: false, code: "untrusted" });
    expect(!verdict.ok && verdict.message).toMatch(/expired.*genTime/);
  });

  it("fails on any single-byte change anywhere in a B-T file (property)", async () => {
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: sealed.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = sealed.slice();
        mutated[index]! ^= xor;
        return (await verifyPdfSeal(mutated, roots)).ok === false;
      }),
      { numRuns: 100 },
    );
  });

  it("fails on single-byte changes inside the CMS and its time-stamp token (property)", async () => {
    const roots = [pki.root.certDer];
    const { start } = contentsRange(sealed);
    const cmsHexEnd = start + cmsOf(sealed).length * 2 + 4;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start - 1, max: cmsHexEnd }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = sealed.slice();
        mutated[index]! ^= xor;
        const verdict = await verifyPdfSeal(mutated, roots);
        return verdict.ok === false && typeof verdict.message === "string";
      }),
      { numRuns: 300 },
    );
  });

  it("is fast (timings printed, not asserted)", async () => {
    const base = await (await simplePdf()).save({ useObjectStreams: false });
    const timestamp = timestampFromLocalTsa(tsa);
    const sealBB: number[] = [];
    const sealBT: number[] = [];
    const verifyBB: number[] = [];
    const verifyBT: number[] = [];
    let sizes = [0, 0];
    for (let i = 0; i < 40; i++) {
      let t0 = performance.now();
      const bb = await sealPdf(await PDFDocument.load(base), pki.signer, testSealMeta(signingTime()));
      let t1 = performance.now();
      await verifyPdfSeal(bb, [pki.root.certDer]);
      let t2 = performance.now();
      if (i >= 10) {
        sealBB.push(t1 - t0);
        verifyBB.push(t2 - t1);
      }
      t0 = performance.now();
      const bt = await sealPdfWithLevel(await PDFDocument.load(base), pki.signer, testSealMeta(signingTime()), { timestamp });
      t1 = performance.now();
      const verdict = await verifyPdfSeal(bt.pdf, [pki.root.certDer]);
      t2 = performance.now();
      expect(verdict.ok && verdict.level).toBe("PAdES-B-T");
      if (i >= 10) {
        sealBT.push(t1 - t0);
        verifyBT.push(t2 - t1);
      }
      sizes = [bb.length, bt.pdf.length];
    }
    console.log(
      `seal B-B median ${median(sealBB).toFixed(1)} ms, seal B-T (in-process local TSA) ${median(sealBT).toFixed(1)} ms; ` +
        `verify B-B ${median(verifyBB).toFixed(1)} ms, verify B-T ${median(verifyBT).toFixed(1)} ms (n=${sealBB.length}; ${sizes[0]} B vs ${sizes[1]} B, CMS ${cmsOf(sealed).length} B)`,
    );
    expect(median(verifyBT)).toBeLessThan(300);
  });
});

/** A TSA certificate under the test root padded with `bytes` of a private non-critical extension. */
async function issueBulkyTsaCertificate(bytes: number): Promise<IssuedKey> {
  const alg = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
  const rootCert = new x509.X509Certificate(toArrayBuffer(pki.root.certDer));
  const rootKey = await crypto.subtle.importKey("pkcs8", toArrayBuffer(pki.root.pkcs8Der), alg, false, ["sign"]);
  const keys = await crypto.subtle.generateKey(alg, true, ["sign", "verify"]);
  const padding = new Uint8Array([0x04, 0x82, bytes >> 8, bytes & 0xff, ...new Uint8Array(bytes)]);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: "0b0b0b",
    subject: "CN=Bulky TSA",
    issuer: rootCert.subjectName,
    notBefore: pki.now,
    notAfter: new Date(pki.now.getTime() + 365 * 24 * 3_600_000),
    signingAlgorithm: alg,
    publicKey: keys.publicKey,
    signingKey: rootKey,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([OID.kpTimeStamping], true),
      new x509.Extension("2.999.1", false, padding),
    ],
  });
  const certDer = new Uint8Array(cert.rawData);
  return { certDer, pkcs8Der: new Uint8Array(await crypto.subtle.exportKey("pkcs8", keys.privateKey)), kid: "", notBefore: cert.notBefore, notAfter: cert.notAfter };
}

/** The SignerInfo signature value (what the token's imprint covers) of a sealed PDF. */
function signatureValueOf(bytes: Uint8Array): Uint8Array {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cmsOf(bytes))).content });
  return new Uint8Array(signedData.signerInfos[0]!.signature.valueBlock.valueHexView);
}

function commandExists(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!(commandExists("pdfsig") && commandExists("certutil")) && !process.env.CI)("pdfsig (poppler + NSS) accepts a B-T seal", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "okienko-pdfsig-bt-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says Valid and Trusted with the root in a fresh NSS db", () => {
    const nss = path.join(dir, "nss");
    execFileSync("mkdir", ["-p", nss]);
    execFileSync("certutil", ["-N", "-d", `sql:${nss}`, "--empty-password"]);
    const pemFile = path.join(dir, "root.pem");
    writeFileSync(pemFile, certificateToPem(pki.root.certDer));
    execFileSync("certutil", ["-A", "-d", `sql:${nss}`, "-n", "okienko-root", "-t", "CT,C,C", "-i", pemFile]);
    const file = path.join(dir, "sealed-bt.pdf");
    writeFileSync(file, sealed);
    let output: string;
    try {
      output = execFileSync("pdfsig", ["-nssdir", `sql:${nss}`, file], { encoding: "utf8" });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ""}${e.stderr ?? ""}`;
    }
    expect(output).toContain("Signature Type: ETSI.CAdES.detached");
    expect(output).toContain("Total document signed");
    expect(output).toContain("Signature is Valid");
    expect(output).toContain("Certificate is Trusted");
  });
});
