/**
 * The fonts of our PDFs (applications, receipts): DejaVu Sans regular and bold, reduced once to
 * the characters Polish and other Latin text needs (fonts/make-fonts.ts), parsed once per process
 * and embedded into each document as a real subset holding only the glyphs that document uses.
 *
 * Why not `doc.embedFont(bytes, { subset: true })`: pdf-lib then parses the font again for every
 * document (fontkit.create), shapes every string with the full OpenType layout engine, and
 * compresses with pako. Here a code point maps to a glyph through a lookup table, widths come from
 * a table, and the subset is written by copying glyph records (fonts/sfnt.ts) and compressed
 * with node:zlib. Together that is most of the difference between ≈45 ms and a few ms per PDF.
 *
 * Subsetting keeps the glyph ids of the reduced font (glyphs a document does not use are left
 * empty), so CIDs equal glyph ids (CIDToGIDMap Identity) and nothing is renumbered per document.
 * Characters the font lacks are drawn as "?" (see `toFontText`), never thrown on.
 */
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { createHash } from "node:crypto";
import fontkit from "@pdf-lib/fontkit";
import { CustomFontEmbedder, PDFFont, PDFHexString, type PDFContext, type PDFDocument, type PDFRef } from "pdf-lib";

import { compositeComponents, readLoca, readSfnt, writeSfnt, type SfntTables } from "./fonts/sfnt";

/** Relative to the repository root: the app, the worker and the tests all run from there. */
export const FONT_DIR = path.join("lib", "documents", "fonts");
const FONT_FILES = { regular: "DejaVuSans-Latin.ttf", bold: "DejaVuSans-Bold-Latin.ttf" } as const;

type FontkitFont = ReturnType<typeof fontkit.create>;

/** Everything about one font that does not depend on the document; built once per process. */
type SharedFont = {
  font: FontkitFont;
  bytes: Uint8Array;
  postscriptName: string;
  /** BMP code point → glyph id (0 = not in the font). */
  glyphOf: Uint16Array;
  /** Advance width per glyph in PDF glyph space (1/1000 em). */
  advance: Float64Array;
  questionMark: number;
  /** Raw `glyf` record per glyph id. */
  glyphs: Uint8Array[];
  /** Direct components of composite glyphs. */
  components: number[][];
  /** Tables copied unchanged into every subset. */
  fixedTables: SfntTables;
};

const shared = new Map<keyof typeof FONT_FILES, SharedFont>();

function u16(bytes: Uint8Array, pos: number): number {
  return (bytes[pos]! << 8) | bytes[pos + 1]!;
}

function loadSharedFont(kind: keyof typeof FONT_FILES): SharedFont {
  const cached = shared.get(kind);
  if (cached) return cached;

  const bytes = new Uint8Array(fs.readFileSync(path.join(process.cwd(), FONT_DIR, FONT_FILES[kind])));
  const font = fontkit.create(bytes as Buffer);
  const tables = readSfnt(bytes);
  const head = tables.get("head")!;
  const numGlyphs = u16(tables.get("maxp")!, 4);
  const loca = readLoca(tables.get("loca")!, u16(head, 50), numGlyphs);
  const glyf = tables.get("glyf")!;
  const hmtx = tables.get("hmtx")!;
  const numberOfHMetrics = u16(tables.get("hhea")!, 34);
  const scale = 1000 / font.unitsPerEm;

  const glyphs: Uint8Array[] = [];
  const components: number[][] = [];
  const advance = new Float64Array(numGlyphs);
  for (let gid = 0; gid < numGlyphs; gid++) {
    const glyph = glyf.subarray(loca[gid]!, loca[gid + 1]!);
    glyphs.push(glyph);
    components.push(compositeComponents(glyph).map((c) => c.glyphId));
    advance[gid] = u16(hmtx, Math.min(gid, numberOfHMetrics - 1) * 4) * scale;
  }

  const glyphOf = new Uint16Array(0x10000);
  for (const cp of font.characterSet) {
    if (cp < 0x10000) glyphOf[cp] = font.glyphForCodePoint(cp).id;
  }

  const fixedTables: SfntTables = new Map();
  for (const tag of ["head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "post"]) fixedTables.set(tag, tables.get(tag)!);

  const loaded: SharedFont = {
    font,
    bytes,
    postscriptName: font.postscriptName ?? FONT_FILES[kind].replace(".ttf", ""),
    glyphOf,
    advance,
    questionMark: glyphOf[0x3f]!,
    glyphs,
    components,
    fixedTables,
  };
  shared.set(kind, loaded);
  return loaded;
}

/** Zero-width and formatting characters dropped before drawing. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/g;

/**
 * Text as our fonts can draw it: NFC (so "e" + combining ogonek becomes "ę"), tabs as spaces,
 * invisible characters removed, and anything the fonts lack (emoji, CJK, …) replaced by "?".
 * Line breaks are kept for the layout to split on.
 */
export function toFontText(text: string): string {
  const { glyphOf } = loadSharedFont("regular");
  const normalized = text.normalize("NFC").replace(/\t/g, " ").replace(/\r\n?/g, "\n").replace(INVISIBLE, "");
  let out = "";
  for (const ch of normalized) {
    const cp = ch.codePointAt(0)!;
    out += cp === 0x0a || (cp < 0x10000 && glyphOf[cp] !== 0) ? ch : "?";
  }
  return out;
}

/**
 * Subset tag: six capital letters derived from the font and its glyph set, so it is the same for
 * the same content (PDF 32000-1 §9.6.4 leaves the choice of letters open).
 */
function subsetTag(postscriptName: string, used: Uint8Array): string {
  const digest = createHash("sha256").update(postscriptName).update(used).digest();
  let tag = "";
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, "0");
}

/**
 * A pdf-lib font embedder over a SharedFont: one per document and font. It subclasses pdf-lib's
 * CustomFontEmbedder so PDFFont accepts it and the font dictionaries (Type0, CIDFontType2,
 * FontDescriptor) are still written by pdf-lib; only glyph lookup, widths, the ToUnicode map
 * and the font program are ours.
 */
class LatinSubsetEmbedder extends CustomFontEmbedder {
  private readonly shared: SharedFont;
  /** 1 for every glyph id drawn in this document. */
  private readonly used: Uint8Array;
  /** The code point first drawn with each glyph id (for copy and search via ToUnicode). */
  private readonly unicodeOf: Int32Array;

  constructor(sharedFont: SharedFont) {
    super(sharedFont.font, sharedFont.bytes);
    this.shared = sharedFont;
    this.used = new Uint8Array(sharedFont.glyphs.length);
    this.unicodeOf = new Int32Array(sharedFont.glyphs.length);
    this.used[0] = 1;
  }

  encodeText(text: string): PDFHexString {
    const { glyphOf, questionMark } = this.shared;
    let hex = "";
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let gid = cp < 0x10000 ? glyphOf[cp]! : 0;
      if (gid === 0) gid = questionMark;
      if (!this.used[gid]) {
        this.used[gid] = 1;
        this.unicodeOf[gid] = gid === questionMark ? 0x3f : cp;
      }
      hex += hex4(gid);
    }
    return PDFHexString.of(hex);
  }

  widthOfTextAtSize(text: string, size: number): number {
    const { glyphOf, questionMark, advance } = this.shared;
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) i++; // astral: never in the font
      const gid = code >= 0xd800 && code <= 0xdfff ? 0 : glyphOf[code]!;
      width += advance[gid === 0 ? questionMark : gid]!;
    }
    return (width * size) / 1000;
  }

  async embedIntoContext(context: PDFContext, ref?: PDFRef): Promise<PDFRef> {
    this.baseFontName = `${subsetTag(this.shared.postscriptName, this.used)}+${this.shared.postscriptName}`;
    return this.embedFontDict(context, ref);
  }

  /** All glyphs to keep: the used ones, .notdef, and the components of used composites. */
  private keptGlyphs(): Uint8Array {
    const keep = new Uint8Array(this.used);
    const stack: number[] = [];
    for (let gid = 0; gid < keep.length; gid++) if (keep[gid]) stack.push(gid);
    while (stack.length > 0) {
      for (const component of this.shared.components[stack.pop()!]!) {
        if (!keep[component]) {
          keep[component] = 1;
          stack.push(component);
        }
      }
    }
    return keep;
  }

  protected async serializeFont(): Promise<Uint8Array> {
    const keep = this.keptGlyphs();
    const { glyphs } = this.shared;
    const loca = new Uint8Array((glyphs.length + 1) * 4);
    const locaView = new DataView(loca.buffer);
    let size = 0;
    for (let gid = 0; gid < glyphs.length; gid++) if (keep[gid]) size += (glyphs[gid]!.length + 3) & ~3;
    const glyf = new Uint8Array(size);
    let offset = 0;
    for (let gid = 0; gid < glyphs.length; gid++) {
      locaView.setUint32(gid * 4, offset);
      if (keep[gid]) {
        glyf.set(glyphs[gid]!, offset);
        offset += (glyphs[gid]!.length + 3) & ~3;
      }
    }
    locaView.setUint32(glyphs.length * 4, offset);
    const tables: SfntTables = new Map(this.shared.fixedTables);
    tables.set("loca", loca);
    tables.set("glyf", glyf);
    return writeSfnt(tables);
  }

  protected async embedFontStream(context: PDFContext): Promise<PDFRef> {
    const program = await this.serializeFont();
    const stream = context.stream(deflateSync(program), { Filter: "FlateDecode", Length1: program.length });
    return context.register(stream);
  }

  protected embedUnicodeCmap(context: PDFContext): PDFRef {
    const entries: string[] = [];
    for (let gid = 1; gid < this.used.length; gid++) {
      const cp = this.unicodeOf[gid]!;
      if (this.used[gid] && cp > 0) entries.push(`<${hex4(gid)}> <${hex4(cp)}>`);
    }
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const block = entries.slice(i, i + 100);
      blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
    }
    const cmap = [
      "/CIDInit /ProcSet findresource begin",
      "12 dict begin",
      "begincmap",
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
      "/CMapName /Adobe-Identity-UCS def",
      "/CMapType 2 def",
      "1 begincodespacerange",
      "<0000> <ffff>",
      "endcodespacerange",
      ...blocks,
      "endcmap",
      "CMapName currentdict /CMap defineresource pop",
      "end",
      "end",
    ].join("\n");
    const stream = context.stream(deflateSync(Buffer.from(cmap, "latin1")), { Filter: "FlateDecode" });
    return context.register(stream);
  }

  protected computeWidths(): (number | number[])[] {
    const widths: (number | number[])[] = [];
    let run: number[] | null = null;
    let previous = -2;
    for (let gid = 0; gid < this.used.length; gid++) {
      if (!this.used[gid]) continue;
      const width = Math.round(this.shared.advance[gid]! * 1000) / 1000;
      if (run && gid === previous + 1) run.push(width);
      else {
        run = [width];
        widths.push(gid, run);
      }
      previous = gid;
    }
    return widths;
  }
}

export type DocumentFonts = { regular: PDFFont; bold: PDFFont };

function embedShared(doc: PDFDocument, sharedFont: SharedFont): PDFFont {
  const embedder = new LatinSubsetEmbedder(sharedFont);
  const font = PDFFont.of(doc.context.nextRef(), doc, embedder);
  // What doc.embedFont does after making its embedder: pdf-lib embeds the fonts in this list on
  // save (flush). `fonts` is private in pdf-lib's typings, hence the cast; checked below.
  const fonts = (doc as unknown as { fonts?: unknown }).fonts;
  if (!Array.isArray(fonts)) throw new Error("pdf-lib internals changed: PDFDocument.fonts is not an array");
  fonts.push(font);
  return font;
}

/** Loads the fonts now (the first call in a process reads and parses them, ≈10–20 ms). */
export function preloadDocumentFonts(): void {
  loadSharedFont("regular");
  loadSharedFont("bold");
}

/**
 * Adds our regular and bold fonts to a document. They are subset and written when the document
 * is saved. Also registers fontkit, so callers may embed other fonts the usual way.
 */
export async function embedDocumentFonts(doc: PDFDocument): Promise<DocumentFonts> {
  doc.registerFontkit(fontkit);
  return { regular: embedShared(doc, loadSharedFont("regular")), bold: embedShared(doc, loadSharedFont("bold")) };
}
