import { describe, expect, it } from "vitest";
import { readEmbeddedFile } from "./pdf-embedded-files";
import { sealPdf } from "./pades";
import { createTestPki, simplePdf, testSealMeta } from "./test-support";
import { verifyPdfSeal } from "./verify-pdf";

describe("readEmbeddedFile", () => {
  it("reads back an attachment added with doc.attach(), also after sealing", async () => {
    const json = new TextEncoder().encode('{"receiptId":"UPO/2026/000001","office":"Urząd Gminy Łąka"}');
    const doc = await simplePdf();
    await doc.attach(json, "upo.json", { mimeType: "application/json", description: "UPO" });
    await doc.attach(new Uint8Array([1, 2, 3]), "other.bin", { mimeType: "application/octet-stream" });
    const unsigned = await doc.save();
    expect(await readEmbeddedFile(unsigned, "upo.json")).toEqual(json);
    expect(await readEmbeddedFile(unsigned, "other.bin")).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readEmbeddedFile(unsigned, "missing.json")).toBeNull();

    const pki = await createTestPki(new Date(Date.now() - 60_000));
    const sealed = await sealPdf(doc, pki.signer, testSealMeta(new Date()));
    expect(await verifyPdfSeal(sealed, [pki.root.certDer])).toMatchObject({ ok: true });
    expect(await readEmbeddedFile(sealed, "upo.json")).toEqual(json);
  });

  it("returns null for PDFs without attachments and for garbage", async () => {
    expect(await readEmbeddedFile(await (await simplePdf()).save(), "upo.json")).toBeNull();
    expect(await readEmbeddedFile(new TextEncoder().encode("not a pdf"), "upo.json")).toBeNull();
    expect(await readEmbeddedFile(new Uint8Array(), "upo.json")).toBeNull();
  });
});
