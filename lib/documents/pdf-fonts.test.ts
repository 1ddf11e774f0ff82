import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { CODE_POINTS } from "./fonts/code-points";
import { embedDocumentFonts, FONT_DIR, toFontText } from "./pdf-fonts";
import { PdfWriter } from "./pdf-layout";
import { readText } from "./test-pdf-reader";

const POLISH = "Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ";

async function pdfWith(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const writer = await PdfWriter.create(doc, { footer: (n, m) => `Strona ${n} z ${m}` });
  writer.paragraph(text);
  writer.paragraph(text, { bold: true });
  writer.finish();
  return doc.save({ useObjectStreams: false });
}

function fontPrograms(doc: PDFDocument): Uint8Array[] {
  const programs: Uint8Array[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("FontDescriptor")) {
      const stream = object.lookup(PDFName.of("FontFile2"));
      if (!(stream instanceof PDFRawStream)) throw new Error("FontFile2 is not a stream");
      programs.push(decodePDFRawStream(stream).decode());
    }
  }
  return programs;
}

describe("document fonts", () => {
  it("the committed reduced fonts cover Polish and common punctuation", () => {
    for (const file of ["DejaVuSans-Latin.ttf", "DejaVuSans-Bold-Latin.ttf"]) {
      const font = fontkit.create(fs.readFileSync(path.join(process.cwd(), FONT_DIR, file)));
      for (const ch of `${POLISH}„”–—…•§€ßüÖ`) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${file} ${ch}`).toBe(true);
      // fontkit lists U+FFFF from the cmap's required end segment (mapped to .notdef).
      expect(font.characterSet.filter((cp) => cp !== 0xffff).sort((a, b) => a - b)).toEqual([...CODE_POINTS].sort((a, b) => a - b));
      expect(font.numGlyphs).toBeLessThan(450);
    }
  });

  it("writes Polish letters with an embedded TrueType subset that keeps only the used glyphs", async () => {
    const pdf = await pdfWith(POLISH);
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).toContain("/Length1 ");
    expect(await readText(pdf)).toContain(POLISH);

    const doc = await PDFDocument.load(pdf);
    const programs = fontPrograms(doc);
    expect(programs).toHaveLength(2);
    for (const program of programs) {
      // A valid TrueType font: the drawn letters have outlines, unused ones are empty.
      const font = fontkit.create(Buffer.from(program));
      expect(font.glyphForCodePoint("ą".codePointAt(0)!).path.toSVG()).not.toBe("");
      expect(font.glyphForCodePoint("Ł".codePointAt(0)!).path.toSVG()).not.toBe("");
      expect(font.glyphForCodePoint("x".codePointAt(0)!).path.toSVG()).toBe("");
      expect(program.length).toBeLessThan(16_000);
    }
  });

  it("replaces characters the fonts lack instead of throwing", async () => {
    expect(toFontText("Kot 😀 i 中文")).toBe("Kot ? i ??");
    expect(toFontText("flaga ❤️")).toBe("flaga ?"); // the variation selector is dropped
    const pdf = await pdfWith("Emoji 😀, chiński 中, grecki Ω, tab\tkoniec");
    expect(await readText(pdf)).toContain("Emoji ?, chiński ?, grecki ?, tab koniec");
  });

  it("normalizes to NFC and drops invisible characters", () => {
    expect(toFontText("e\u0328")).toBe("ę");
    expect(toFontText("a\u200bb\u00adc\ufeff")).toBe("abc");
    expect(toFontText("Zwykły tekst")).toBe("Zwykły tekst");
    expect(toFontText("a\tb\r\nc")).toBe("a b\nc");
  });

  it("measures text with the fonts' advance widths", async () => {
    const doc = await PDFDocument.create();
    const { regular, bold } = await embedDocumentFonts(doc);
    const font = fontkit.create(fs.readFileSync(path.join(process.cwd(), FONT_DIR, "DejaVuSans-Latin.ttf")));
    const expected = [...POLISH].reduce((sum, ch) => sum + font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
    expect(regular.widthOfTextAtSize(POLISH, 10)).toBeCloseTo((expected * 10) / font.unitsPerEm, 6);
    expect(bold.widthOfTextAtSize(POLISH, 10)).toBeGreaterThan(regular.widthOfTextAtSize(POLISH, 10));
    expect(regular.widthOfTextAtSize("😀", 10)).toBe(regular.widthOfTextAtSize("?", 10));
  });

  it("gives the same bytes for the same document (deterministic subset tags)", async () => {
    expect(Buffer.from(await pdfWith(POLISH)).equals(Buffer.from(await pdfWith(POLISH)))).toBe(true);
  });
});
