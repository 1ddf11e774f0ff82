import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealPdf, sealPdfBytes } from "./pades";
import { certificateToPem, issueSealCertificate } from "./pki";
import { LocalKeySigner } from "./signer";
import { createTestPki, simplePdf, testSealMeta, type TestPki } from "./test-support";
import { verifyPdfSeal } from "./verify-pdf";

let pki: TestPki;
let sealed: Uint8Array;
const signingTime = () => new Date(pki.now.getTime() + 60_000);

beforeAll(async () => {
  pki = await createTestPki(new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000));
  sealed = await sealPdf(await simplePdf(), pki.signer, testSealMeta(signingTime()));
});

/** The sealed PDF with its page one point taller: a change inside the signed bytes. */
function withTallerPage(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  const changed = text.replace("/MediaBox [ 0 0 595 842 ]", "/MediaBox [ 0 0 595 843 ]");
  if (changed === text) throw new Error("test fixture: MediaBox not found");
  return new Uint8Array(Buffer.from(changed, "latin1"));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("sealPdf + verifyPdfSeal", () => {
  it("verifies a fresh seal with the seal's kid, time and texts", async () => {
    const verdict = await verifyPdfSeal(sealed, [pki.root.certDer]);
    expect(verdict).toMatchObject({
      ok: true,
      kid: pki.seal.kid,
      level: "PAdES-B-B",
      reason: "Urzędowe poświadczenie odbioru",
      location: "Łódź",
      name: "Urząd Gminy Testowo",
      signer: { kid: pki.seal.kid, issuer: "C=PL, CN=Okienko Test Root CA" },
    });
    expect(verdict.ok && verdict.signingTime?.toISOString()).toBe(signingTime().toISOString());
    expect(new TextDecoder("latin1").decode(sealed)).toContain("/SubFilter /ETSI.CAdES.detached");
  });

  it("seals bytes loaded from an existing PDF (sealPdfBytes)", async () => {
    const unsigned = await (await simplePdf("from bytes")).save();
    const bytes = await sealPdfBytes(unsigned, pki.signer, testSealMeta(signingTime()));
    expect(await verifyPdfSeal(bytes, [pki.root.certDer])).toMatchObject({ ok: true, kid: pki.seal.kid });
  });

  it("reports an untrusted root, an unsigned PDF, truncation, appended data and garbage", async () => {
    expect(await verifyPdfSeal(sealed, [pki.otherRoot.certDer])).toMatchObject({ ok: false, code: "untrusted" });
    expect(await verifyPdfSeal(sealed, [])).toMatchObject({ ok: false, code: "untrusted" });

    const unsigned = await (await simplePdf()).save();
    expect(await verifyPdfSeal(unsigned, [pki.root.certDer])).toMatchObject({ ok: false, code: "no-signature" });

    for (const length of [0, 5, 100, 1_000, Math.floor(sealed.length / 2), sealed.length - 200, sealed.length - 1]) {
      const verdict = await verifyPdfSeal(sealed.subarray(0, length), [pki.root.certDer]);
      expect(verdict.ok, `truncated to ${length}`).toBe(false);
    }
    expect(await verifyPdfSeal(sealed.subarray(0, sealed.length - 200), [pki.root.certDer])).toMatchObject({ ok: false, code: "truncated" });

    const appended = new Uint8Array([...sealed, ...new TextEncoder().encode("\n% appended\n%%EOF\n")]);
    expect(await verifyPdfSeal(appended, [pki.root.certDer])).toMatchObject({ ok: false, code: "not-whole-file" });

    const random = new Uint8Array(4096).map(() => Math.floor(Math.random() * 256));
    expect(await verifyPdfSeal(random, [pki.root.certDer])).toMatchObject({ ok: false, code: "not-a-pdf" });
    expect(await verifyPdfSeal(new Uint8Array(), [pki.root.certDer])).toMatchObject({ ok: false, code: "not-a-pdf" });
  });

  it("reports a tampered ByteRange and a changed page", async () => {
    const text = Buffer.from(sealed).toString("latin1");
    const shifted = Buffer.from(text.replace("/ByteRange [0 ", "/ByteRange [1 "), "latin1");
    expect(await verifyPdfSeal(shifted, [pki.root.certDer])).toMatchObject({ ok: false, code: "byte-range" });

    expect(await verifyPdfSeal(withTallerPage(sealed), [pki.root.certDer])).toMatchObject({ ok: false, code: "digest-mismatch" });
  });

  it("checks the chain at the claimed signing time", async () => {
    const shortLived = await issueSealCertificate(pki.root, { commonName: "Short", organization: "Org", purpose: "receipt-seal", now: pki.now, years: 1 });
    const signer = await LocalKeySigner.create(shortLived.pkcs8Der, [shortLived.certDer, pki.root.certDer]);
    const late = new Date(pki.now.getTime() + 2 * 365 * 24 * 3_600_000);
    const bytes = await sealPdf(await simplePdf(), signer, testSealMeta(late));
    const verdict = await verifyPdfSeal(bytes, [pki.root.certDer]);
    expect(verdict).toMatchObject({ ok: false, code: "untrusted" });
    expect(!verdict.ok && verdict.message).toMatch(/expired/);
  });

  it("fails on any single-byte change anywhere in the file (property)", async () => {
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: sealed.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = sealed.slice();
        mutated[index]! ^= xor;
        const verdict = await verifyPdfSeal(mutated, roots);
        return verdict.ok === false;
      }),
      { numRuns: 200 },
    );
  });

  it("fails on single-byte changes inside /Contents, where the digest does not reach (property)", async () => {
    const roots = [pki.root.certDer];
    const text = Buffer.from(sealed).toString("latin1");
    const start = text.lastIndexOf("/Contents <") + "/Contents ".length;
    const end = text.indexOf(">", start) + 1;
    const cmsHexEnd = start + 1 + text.slice(start + 1, end - 1).replace(/0+$/, "").length + 4;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: start, max: cmsHexEnd }), fc.integer({ min: 1, max: 255 }), async (index, xor) => {
        const mutated = sealed.slice();
        mutated[index]! ^= xor;
        return (await verifyPdfSeal(mutated, roots)).ok === false;
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, withHeader) => {
        const input = withHeader ? new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n/ByteRange [0 10 20 30] /Contents <00>\n"), ...bytes, ...new TextEncoder().encode("\n%%EOF")]) : bytes;
        const verdict = await verifyPdfSeal(input, [pki.root.certDer]);
        return verdict.ok === false && typeof verdict.message === "string";
      }),
      { numRuns: 300 },
    );
  });

  it("fails (without throwing) on insertions and deletions anywhere (property)", async () => {
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: sealed.length }), fc.integer({ min: 0, max: 64 }), fc.uint8Array({ maxLength: 64 }), async (at, remove, insert) => {
        fc.pre(remove > 0 || insert.length > 0);
        const mutated = new Uint8Array([...sealed.subarray(0, at), ...insert, ...sealed.subarray(at + remove)]);
        fc.pre(!Buffer.from(mutated).equals(Buffer.from(sealed)));
        const verdict = await verifyPdfSeal(mutated, roots);
        return verdict.ok === false;
      }),
      { numRuns: 100 },
    );
  });

  it("is fast (timings printed, not asserted)", async () => {
    const base = await (await simplePdf()).save({ useObjectStreams: false });
    const seal: number[] = [];
    const verify: number[] = [];
    for (let i = 0; i < 60; i++) {
      const doc = await PDFDocument.load(base);
      const t0 = performance.now();
      const bytes = await sealPdf(doc, pki.signer, testSealMeta(signingTime()));
      const t1 = performance.now();
      await verifyPdfSeal(bytes, [pki.root.certDer]);
      const t2 = performance.now();
      if (i >= 10) {
        seal.push(t1 - t0);
        verify.push(t2 - t1);
      }
    }
    console.log(`PAdES seal-only median ${median(seal).toFixed(1)} ms, verify median ${median(verify).toFixed(1)} ms (n=${seal.length}, ${sealed.length} B sealed)`);
    expect(median(verify)).toBeLessThan(200); // a generous ceiling so a slow CI box does not flake
  });
});

function commandExists(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const havePdfsig = commandExists("pdfsig") && commandExists("certutil");

describe.skipIf(!havePdfsig && !process.env.CI)("pdfsig (poppler + NSS) accepts our seal", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "okienko-pdfsig-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function pdfsig(nssDir: string, file: string): string {
    try {
      return execFileSync("pdfsig", ["-nssdir", `sql:${nssDir}`, file], { encoding: "utf8" });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ""}${e.stderr ?? ""}`;
    }
  }

  function nssDb(name: string, rootPem?: string): string {
    const nss = path.join(dir, name);
    execFileSync("mkdir", ["-p", nss]);
    execFileSync("certutil", ["-N", "-d", `sql:${nss}`, "--empty-password"]);
    if (rootPem) {
      const pemFile = path.join(dir, `${name}-root.pem`);
      writeFileSync(pemFile, rootPem);
      execFileSync("certutil", ["-A", "-d", `sql:${nss}`, "-n", "okienko-root", "-t", "CT,C,C", "-i", pemFile]);
    }
    return nss;
  }

  it("says Valid and Trusted with the root in the NSS db, not trusted without it", () => {
    const file = path.join(dir, "sealed.pdf");
    writeFileSync(file, sealed);

    const trusted = pdfsig(nssDb("trusted", certificateToPem(pki.root.certDer)), file);
    expect(trusted).toContain("Signature Type: ETSI.CAdES.detached");
    expect(trusted).toContain("Total document signed");
    expect(trusted).toContain("Signature is Valid");
    expect(trusted).toContain("Certificate is Trusted");

    const untrusted = pdfsig(nssDb("empty"), file);
    expect(untrusted).toContain("Signature is Valid");
    expect(untrusted).not.toContain("Certificate is Trusted");
    expect(untrusted).toContain("isn't Trusted");
  });

  it("reports a tampered file as invalid", () => {
    const tampered = withTallerPage(sealed);
    const file = path.join(dir, "tampered.pdf");
    writeFileSync(file, tampered);
    const output = pdfsig(nssDb("tampered", certificateToPem(pki.root.certDer)), file);
    expect(output).not.toContain("Signature is Valid");
    expect(output).toMatch(/Digest Mismatch/i);
  });
});
