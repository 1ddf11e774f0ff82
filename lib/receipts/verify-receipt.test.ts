import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { buildReceiptPdf } from "@/lib/documents/receipt-pdf";
import { sampleReceiptInput } from "@/lib/documents/samples";
import { sealPdf } from "@/lib/signing/pades";
import { issueSealCertificate } from "@/lib/signing/pki";
import { LocalKeySigner } from "@/lib/signing/signer";
import { createTestPki, simplePdf, testSealMeta, type TestPki } from "@/lib/signing/test-support";
import { verifyReceiptPdf } from "./verify-receipt";

let pki: TestPki;
let receipt: Uint8Array;

beforeAll(async () => {
  pki = await createTestPki(new Date(Date.now() - 60_000));
  receipt = await sealPdf(await buildReceiptPdf(sampleReceiptInput(7)), pki.signer, testSealMeta(new Date()));
});

describe("verifyReceiptPdf", () => {
  it("accepts a sealed receipt and reports what it certifies and which key sealed it", async () => {
    const verdict = await verifyReceiptPdf(receipt, [pki.root.certDer]);
    expect(verdict).toMatchObject({ ok: true, seal: { kid: pki.seal.kid, level: "PAdES-B-B" } });
    if (verdict.ok) expect(verdict.receipt.receiptId).toBe(sampleReceiptInput(7).receipt.receiptId);
  });

  it("refuses a receipt sealed under another portal's root: not trusted", async () => {
    expect(await verifyReceiptPdf(receipt, [pki.otherRoot.certDer])).toMatchObject({ ok: false, failure: "untrusted" });
  });

  it("refuses an unsigned PDF, a sealed PDF without upo.json, a truncated file and random bytes, without throwing", async () => {
    const roots = [pki.root.certDer];
    const unsigned = await (await buildReceiptPdf(sampleReceiptInput(8))).save({ useObjectStreams: false });
    expect(await verifyReceiptPdf(unsigned, roots)).toMatchObject({ ok: false, failure: "not-a-receipt" });
    const sealedOther = await sealPdf(await simplePdf(), pki.signer, testSealMeta(new Date()));
    expect(await verifyReceiptPdf(sealedOther, roots)).toMatchObject({ ok: false, failure: "not-a-receipt" });
    expect(await verifyReceiptPdf(receipt.subarray(0, Math.floor(receipt.length * 0.6)), roots)).toMatchObject({ ok: false });
    expect(await verifyReceiptPdf(new Uint8Array(4096).fill(7), roots)).toMatchObject({ ok: false, failure: "not-a-pdf" });
    expect(await verifyReceiptPdf(new Uint8Array(), roots)).toMatchObject({ ok: false });
  });

  it("keeps receipts sealed with a retired key verifiable after rotation (same root)", async () => {
    const next = await issueSealCertificate(pki.root, { commonName: "Urząd Gminy Testowo — pieczęć UPO (2)", organization: "Urząd Gminy Testowo", purpose: "receipt-seal", now: pki.now });
    const newSigner = await LocalKeySigner.create(next.pkcs8Der, [next.certDer, pki.root.certDer]);
    const newer = await sealPdf(await buildReceiptPdf(sampleReceiptInput(9)), newSigner, testSealMeta(new Date()));
    const roots = [pki.root.certDer];
    expect(await verifyReceiptPdf(receipt, roots)).toMatchObject({ ok: true, seal: { kid: pki.seal.kid } });
    expect(await verifyReceiptPdf(newer, roots)).toMatchObject({ ok: true, seal: { kid: next.kid } });
  });

  it("fails with a reason for any single changed byte of a receipt", async () => {
    const roots = [pki.root.certDer];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: receipt.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const copy = Uint8Array.from(receipt);
        copy[at] = copy[at]! ^ mask;
        const verdict = await verifyReceiptPdf(copy, roots);
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) expect(verdict.detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
