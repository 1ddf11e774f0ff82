import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { PdfWriter } from "./pdf-layout";
import { readPages } from "./test-pdf-reader";

const footer = (page: number, pages: number) => `Strona ${page} z ${pages}`;

async function writer(): Promise<{ doc: PDFDocument; writer: PdfWriter }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  return { doc, writer: await PdfWriter.create(doc, { footer, footerLeft: "Dokument testowy" }) };
}

describe("PdfWriter", () => {
  it("wraps words to the width and breaks long unbroken strings between characters", async () => {
    const { writer: w } = await writer();
    const hash = "0123456789abcdef".repeat(4);
    const measure = (s: string) => w.fonts.regular.widthOfTextAtSize(s, 10);

    const words = w.wrap("Zażółć gęślą jaźń ".repeat(20).trim(), 200);
    expect(words.length).toBeGreaterThan(3);
    for (const line of words) expect(measure(line)).toBeLessThanOrEqual(200);
    expect(words.join(" ")).toBe("Zażółć gęślą jaźń ".repeat(20).trim());

    const broken = w.wrap(`SHA-256: ${hash}`, 120);
    expect(broken[0]).toBe("SHA-256:");
    expect(broken.slice(1).join("")).toBe(hash);
    for (const line of broken) expect(measure(line)).toBeLessThanOrEqual(120);

    expect(w.wrap("pierwsza\ndruga\n\nczwarta", 400)).toEqual(["pierwsza", "druga", "", "czwarta"]);
  });

  it("breaks pages for 200 rows and numbers them at the end", async () => {
    const { doc, writer: w } = await writer();
    w.heading("Wiele wierszy", { level: 1 });
    w.rows(Array.from({ length: 200 }, (_, i) => [`Etykieta ${i + 1}`, i % 10 === 0 ? "długa wartość ".repeat(30) : `Wartość ${i + 1}`] as const));
    w.finish();
    const pages = await readPages(await doc.save({ useObjectStreams: false }));
    const n = pages.length;
    expect(n).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page.lines).toContain(`Strona ${i + 1} z ${n}`);
      expect(page.lines).toContain("Dokument testowy");
    });
    const all = pages.flatMap((page) => page.lines);
    for (let i = 1; i <= 200; i++) expect(all).toContain(`Etykieta ${i}`);
    // Rows are kept whole: each label appears on the same page as its value.
    const onPage = (text: string) => pages.findIndex((page) => page.lines.includes(text));
    expect(onPage("Etykieta 57")).toBe(onPage("Wartość 57"));
  });

  it("splits a row taller than a page across pages", async () => {
    const { doc, writer: w } = await writer();
    const value = Array.from({ length: 120 }, (_, i) => `linia ${i + 1}`).join("\n");
    w.rows([["Bardzo długa odpowiedź", value]]);
    w.finish();
    const pages = await readPages(await doc.save({ useObjectStreams: false }));
    expect(pages.length).toBe(3);
    const all = pages.flatMap((page) => page.lines);
    expect(all.filter((line) => line.startsWith("linia "))).toHaveLength(120);
  });

  it("draws rules, headings, paragraphs with colour and custom blocks", async () => {
    const { doc, writer: w } = await writer();
    w.heading("Nagłówek");
    w.paragraph("Akapit na czerwono", { color: { type: "RGB", red: 1, green: 0, blue: 0 } as never, size: 12, bold: true });
    w.rule();
    w.block(20, (ctx) => {
      ctx.ops(`q 0 0 1 rg ${ctx.x} ${ctx.top - 20} 20 20 re f Q`);
      ctx.text(ctx.x + 30, ctx.top - 12, "Obok kwadratu 😀");
    });
    w.finish();
    expect(() => w.paragraph("po zakończeniu")).toThrow(/finished/);
    const [page] = await readPages(await doc.save({ useObjectStreams: false }));
    expect(page!.lines).toEqual(expect.arrayContaining(["Nagłówek", "Akapit na czerwono", "Obok kwadratu ?", "Strona 1 z 1"]));
    expect(page!.operators).toContain("1 0 0 rg");
    expect(page!.operators).toContain("/F2 12 Tf");
    expect(page!.operators).toMatch(/ re f Q/);
    expect(page!.operators).toMatch(/ m [\d.]+ [\d.]+ l S Q/);
  });
});
