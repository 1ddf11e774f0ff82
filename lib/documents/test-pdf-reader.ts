/**
 * For tests: reads back what our PDF writer draws. Decodes each page's content streams and maps
 * the glyph ids of every `<hex> Tj` back to text through the font's ToUnicode CMap, which is
 * what PDF viewers do for copy and search (so this also checks the ToUnicode maps).
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from "pdf-lib";

export type PageContent = { operators: string; lines: string[] };

function decode(stream: unknown): string {
  if (!(stream instanceof PDFRawStream)) throw new Error("expected a stream");
  return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
}

function toUnicodeMap(doc: PDFDocument, fontRef: PDFRef): Map<string, string> {
  const font = doc.context.lookup(fontRef, PDFDict);
  const cmap = decode(font.lookup(PDFName.of("ToUnicode")));
  const map = new Map<string, string>();
  for (const [, gid, unicode] of cmap.matchAll(/<([0-9a-fA-F]{4})> <([0-9a-fA-F]+)>/g)) {
    const units = unicode!.match(/.{4}/g)!.map((u) => parseInt(u, 16));
    map.set(gid!.toLowerCase(), String.fromCharCode(...units));
  }
  return map;
}

export async function readPages(pdf: Uint8Array): Promise<PageContent[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) fonts.set(name.asString(), toUnicodeMap(doc, ref as PDFRef));
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const operators = streams.map(decode).join("\n");
    const lines: string[] = [];
    let current: Map<string, string> | undefined;
    for (const [, fontName, hex] of operators.matchAll(/(\/F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj/g)) {
      if (fontName) current = fonts.get(fontName);
      else lines.push(hex!.match(/.{4}/g)!.map((gid) => current?.get(gid.toLowerCase()) ?? "\uFFFD").join(""));
    }
    return { operators, lines };
  });
}

/** All text of all pages, one drawn line per line. */
export async function readText(pdf: Uint8Array): Promise<string> {
  return (await readPages(pdf)).map((page) => page.lines.join("\n")).join("\n");
}
