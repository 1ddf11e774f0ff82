import QRCode from "qrcode";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { buildReceiptPdf, maskPesel, receiptPdfLabelsPl } from "./receipt-pdf";
import { sampleReceiptInput } from "./samples";
import { readPages, readText } from "./test-pdf-reader";

async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false });
}

/** The embedded file called `name`, read the low-level way: Catalog → Names → EmbeddedFiles. */
function embeddedFile(doc: PDFDocument, name: string): { bytes: Uint8Array; spec: PDFDict; stream: PDFRawStream } {
  const tree = doc.catalog.lookup(PDFName.of("Names"), PDFDict).lookup(PDFName.of("EmbeddedFiles"), PDFDict);
  const names = tree.lookup(PDFName.of("Names"), PDFArray);
  for (let i = 0; i < names.size(); i += 2) {
    const key = names.lookup(i);
    if (!(key instanceof PDFHexString || key instanceof PDFString) || key.decodeText() !== name) continue;
    const spec = names.lookup(i + 1, PDFDict);
    const stream = spec.lookup(PDFName.of("EF"), PDFDict).lookup(PDFName.of("F"));
    if (!(stream instanceof PDFRawStream)) throw new Error("EF/F is not a stream");
    return { bytes: decodePDFRawStream(stream).decode(), spec, stream };
  }
  throw new Error(`${name} not attached`);
}

/** Rebuilds the module matrix from the QR code's rectangles (`x y w h re` between `0 0 0 rg` and `f`). */
function drawnQrMatrix(operators: string): { size: number; data: number[] } {
  const block = operators.slice(operators.indexOf("q 0 0 0 rg"), operators.indexOf("f Q"));
  const rects = [...block.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re/g)].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
  const moduleSize = Math.min(...rects.map((r) => r[3]));
  const left = Math.min(...rects.map((r) => r[0]));
  const top = Math.max(...rects.map((r) => r[1] + r[3]));
  const size = Math.round((Math.max(...rects.map((r) => r[0] + r[2])) - left) / moduleSize);
  const data = new Array<number>(size * size).fill(0);
  for (const [x, y, w, h] of rects) {
    const row = Math.round((top - y - h) / moduleSize);
    const start = Math.round((x - left) / moduleSize);
    for (let col = start; col < start + Math.round(w / moduleSize); col++) data[row * size + col] = 1;
  }
  return { size, data };
}

describe("buildReceiptPdf", () => {
  it("attaches upo.json with exactly the canonical bytes", async () => {
    const input = sampleReceiptInput();
    const doc = await PDFDocument.load(await save(await buildReceiptPdf(input)), { updateMetadata: false });
    const { bytes, spec, stream } = embeddedFile(doc, "upo.json");
    expect(Buffer.from(bytes).equals(Buffer.from(input.canonicalBytes))).toBe(true);
    expect(stream.dict.lookup(PDFName.of("Subtype"))).toBe(PDFName.of("application/json"));
    const description = spec.lookup(PDFName.of("Desc"));
    expect(description instanceof PDFHexString || description instanceof PDFString ? description.decodeText() : null).toBe(receiptPdfLabelsPl.attachmentDescription);
  });

  it("is one A4 page with the receipt's data, the masked PESEL and the resident's signature type", async () => {
    const input = sampleReceiptInput();
    const { receipt } = input;
    const pages = await readPages(await save(await buildReceiptPdf(input)));
    expect(pages).toHaveLength(1);
    const lines = pages[0]!.lines;
    const text = lines.join("\n");
    expect(lines[0]).toBe("Urzędowe poświadczenie odbioru (UPO)");
    expect(lines).toEqual(
      expect.arrayContaining([
        receipt.receiptId,
        receipt.office.name,
        receipt.sender.name,
        "*******2345",
        "Węzeł Krajowy Identyfikacji Elektronicznej",
        "średni",
        receipt.service.name,
        "3",
        receipt.caseNumber,
        "22.11.2026, 14:05:33",
        receipt.submission.id,
        receipt.submission.contentDigest.value,
        receipt.submission.signatureDigest,
        "podpis potwierdzony przez portal (kod jednorazowy)",
        String(receipt.ledger.seq),
        receipt.ledger.prevHash!,
        input.receiptSha256,
        receipt.verify.url,
        "Strona 1 z 1",
      ]),
    );
    for (const file of receipt.submission.attachments) expect(lines).toContain(file.sha256);
    expect(text).not.toContain(receipt.sender.pesel!);
    expect(text.toLowerCase()).not.toContain("podpis zaufany");
  });

  it("draws the verification URL as a QR code of vector rectangles", async () => {
    const input = sampleReceiptInput();
    const [page] = await readPages(await save(await buildReceiptPdf(input)));
    const expected = QRCode.create(input.receipt.verify.url, { errorCorrectionLevel: "M" }).modules;
    const drawn = drawnQrMatrix(page!.operators);
    expect(drawn.size).toBe(expected.size);
    expect(drawn.data).toEqual([...expected.data]);
  });

  it("sets fixed metadata and gives identical bytes for the same receipt", async () => {
    const input = sampleReceiptInput(7);
    const first = await save(await buildReceiptPdf(input));
    const second = await save(await buildReceiptPdf(input));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const doc = await PDFDocument.load(first, { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-11-22T13:05:33.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-11-22T13:05:33.000Z");
    expect(doc.getTitle()).toContain(input.receipt.receiptId);
    expect(doc.getCreator()).toBe("Okienko");
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("pl-PL");
  });

  it("handles a first receipt, no PESEL, no attachments and unknown codes", async () => {
    const input = sampleReceiptInput();
    const receipt = {
      ...input.receipt,
      sender: { name: "Anna 😀 Nowak", identityProvider: "eidas-de", levelOfAssurance: "high" },
      submission: { ...input.receipt.submission, attachments: [] },
      ledger: { seq: 1, prevHash: null },
    };
    const text = await readText(await save(await buildReceiptPdf({ ...input, receipt })));
    expect(text).toContain("Anna ? Nowak");
    expect(text).toContain("eidas-de");
    expect(text).toContain("wysoki");
    expect(text).toContain("Brak załączników.");
    expect(text).toContain("brak (pierwsze poświadczenie w rejestrze)");
    expect(text).not.toContain("PESEL");
  });

  it("masks PESEL numbers except the last four digits", () => {
    expect(maskPesel("90010112345")).toBe("*******2345");
    expect(maskPesel("123")).toBe("***");
  });
});
