/**
 * Makes the reduced document fonts in this folder from the `dejavu-fonts-ttf` package:
 *
 *   npx tsx lib/documents/fonts/make-fonts.ts
 *
 * Run it once when the character set or the DejaVu version changes, and commit the .ttf files.
 * Each output font keeps only the glyphs Polish and other Latin text needs (see CODE_POINTS),
 * renumbered from 1 (0 is .notdef), with a fresh format 4 cmap, and drops TrueType hinting
 * (fpgm/prep/cvt and per-glyph instructions), OpenType layout (GSUB/GPOS/GDEF: pdf-lib does not
 * use positioning, and we draw without ligatures) and the per-glyph device tables (hdmx, LTSH,
 * VDMX, kern). Outlines and advance widths are copied byte for byte; the script checks that every
 * kept character (code-points.ts) has the same outline and width as in the original before writing.
 *
 * Small (≈20 KB instead of ≈750 KB) fonts parse and subset fast: see ../pdf-fonts.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fontkit from "@pdf-lib/fontkit";
import { CODE_POINTS } from "./code-points";
import { compositeComponents, readLoca, readSfnt, stripInstructions, writeSfnt, type SfntTables } from "./sfnt";

export const SOURCES = [
  { from: "DejaVuSans.ttf", to: "DejaVuSans-Latin.ttf" },
  { from: "DejaVuSans-Bold.ttf", to: "DejaVuSans-Bold-Latin.ttf" },
];

function u16(bytes: Uint8Array, pos: number): number {
  return (bytes[pos]! << 8) | bytes[pos + 1]!;
}

function setU16(bytes: Uint8Array, pos: number, value: number): void {
  bytes[pos] = (value >> 8) & 0xff;
  bytes[pos + 1] = value & 0xff;
}

function setU32(bytes: Uint8Array, pos: number, value: number): void {
  setU16(bytes, pos, (value >>> 16) & 0xffff);
  setU16(bytes, pos + 2, value & 0xffff);
}

/** A cmap with one format 4 subtable, referenced as Unicode BMP (0,3) and Windows Unicode (3,1). */
function buildCmap(map: Map<number, number>): Uint8Array {
  const entries = [...map.entries()].sort((a, b) => a[0] - b[0]);
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [cp, gid] of entries) {
    const last = segments.at(-1);
    if (last && cp === last.end + 1 && gid - cp === last.delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta: gid - cp });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const segCount = segments.length;
  const subtableLength = 16 + segCount * 8;
  const out = new Uint8Array(4 + 2 * 8 + subtableLength);
  setU16(out, 0, 0);
  setU16(out, 2, 2);
  setU16(out, 4, 0); // platform 0 (Unicode)
  setU16(out, 6, 3); // BMP
  setU32(out, 8, 20);
  setU16(out, 12, 3); // platform 3 (Windows)
  setU16(out, 14, 1); // Unicode BMP
  setU32(out, 16, 20);
  const base = 20;
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= segCount) entrySelector++;
  const searchRange = 2 * (1 << entrySelector);
  setU16(out, base, 4);
  setU16(out, base + 2, subtableLength);
  setU16(out, base + 4, 0);
  setU16(out, base + 6, segCount * 2);
  setU16(out, base + 8, searchRange);
  setU16(out, base + 10, entrySelector);
  setU16(out, base + 12, segCount * 2 - searchRange);
  const endCodes = base + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const deltas = startCodes + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  segments.forEach((s, i) => {
    setU16(out, endCodes + i * 2, s.end);
    setU16(out, startCodes + i * 2, s.start);
    setU16(out, deltas + i * 2, s.delta & 0xffff);
    setU16(out, rangeOffsets + i * 2, 0);
  });
  return out;
}

/** The reduced font for a DejaVu TTF (deterministic: same input, same bytes). */
export function reduceFont(source: Uint8Array): { bytes: Uint8Array; glyphs: number; codePoints: number } {
  const font = fontkit.create(source as Buffer);
  const tables = readSfnt(source);
  const head = tables.get("head")!;
  const maxp = tables.get("maxp")!;
  const hhea = tables.get("hhea")!;
  const hmtx = tables.get("hmtx")!;
  const glyf = tables.get("glyf")!;
  const numGlyphs = u16(maxp, 4);
  const numberOfHMetrics = u16(hhea, 34);
  const loca = readLoca(tables.get("loca")!, u16(head, 50), numGlyphs);

  const metric = (gid: number): { advance: number; lsb: number } => {
    if (gid < numberOfHMetrics) return { advance: u16(hmtx, gid * 4), lsb: u16(hmtx, gid * 4 + 2) };
    return { advance: u16(hmtx, (numberOfHMetrics - 1) * 4), lsb: u16(hmtx, numberOfHMetrics * 4 + (gid - numberOfHMetrics) * 2) };
  };

  // New glyph order: .notdef, the characters' glyphs in code point order, then composite parts.
  const order: number[] = [0];
  const newId = new Map<number, number>([[0, 0]]);
  const include = (gid: number): number => {
    let id = newId.get(gid);
    if (id === undefined) {
      id = order.length;
      order.push(gid);
      newId.set(gid, id);
    }
    return id;
  };
  const cmap = new Map<number, number>();
  for (const cp of CODE_POINTS) {
    if (!font.hasGlyphForCodePoint(cp)) {
      console.warn(`  U+${cp.toString(16).toUpperCase().padStart(4, "0")} is not in the font, skipped`);
      continue;
    }
    cmap.set(cp, include(font.glyphForCodePoint(cp).id));
  }

  const glyphData: Uint8Array[] = [];
  for (let i = 0; i < order.length; i++) {
    const gid = order[i]!;
    const data = stripInstructions(new Uint8Array(glyf.subarray(loca[gid]!, loca[gid + 1]!)));
    for (const component of compositeComponents(data)) setU16(data, component.pos, include(component.glyphId));
    glyphData.push(data);
  }

  const glyphCount = order.length;
  const newLoca = new Uint8Array((glyphCount + 1) * 4);
  let glyfSize = 0;
  for (const data of glyphData) glyfSize += (data.length + 3) & ~3;
  const newGlyf = new Uint8Array(glyfSize);
  const newHmtx = new Uint8Array(glyphCount * 4);
  let offset = 0;
  glyphData.forEach((data, i) => {
    setU32(newLoca, i * 4, offset);
    newGlyf.set(data, offset);
    offset += (data.length + 3) & ~3;
    const { advance, lsb } = metric(order[i]!);
    setU16(newHmtx, i * 4, advance);
    setU16(newHmtx, i * 4 + 2, lsb);
  });
  setU32(newLoca, glyphCount * 4, offset);

  const newHead = new Uint8Array(head);
  setU16(newHead, 50, 1); // long loca offsets
  const newHhea = new Uint8Array(hhea);
  setU16(newHhea, 34, glyphCount);
  const newMaxp = new Uint8Array(maxp.subarray(0, 32));
  setU16(newMaxp, 4, glyphCount);
  setU16(newMaxp, 14, 1); // maxZones
  for (const pos of [16, 18, 20, 22, 24, 26]) setU16(newMaxp, pos, 0); // no hinting program
  const os2 = new Uint8Array(tables.get("OS/2")!);
  const cps = [...cmap.keys()];
  setU16(os2, 64, Math.min(...cps));
  setU16(os2, 66, Math.max(...cps));
  const post = new Uint8Array(tables.get("post")!.subarray(0, 32));
  setU32(post, 0, 0x00030000); // no glyph names

  const out: SfntTables = new Map([
    ["head", newHead],
    ["hhea", newHhea],
    ["maxp", newMaxp],
    ["OS/2", os2],
    ["hmtx", newHmtx],
    ["cmap", buildCmap(cmap)],
    ["loca", newLoca],
    ["glyf", newGlyf],
    ["name", tables.get("name")!],
    ["post", post],
  ]);
  const bytes = writeSfnt(out);

  // Same outline and width for every kept character.
  const check = fontkit.create(Buffer.from(bytes));
  for (const [cp] of cmap) {
    const a = font.glyphForCodePoint(cp);
    const b = check.glyphForCodePoint(cp);
    if (a.advanceWidth !== b.advanceWidth || a.path.toSVG() !== b.path.toSVG()) {
      throw new Error(`U+${cp.toString(16)} differs after reduction`);
    }
  }
  if (check.unitsPerEm !== font.unitsPerEm || check.postscriptName !== font.postscriptName) throw new Error("Font header differs");
  return { bytes, glyphs: glyphCount, codePoints: cmap.size };
}

export const SOURCE_DIR = path.join("node_modules", "dejavu-fonts-ttf", "ttf");

function main(): void {
  const sourceDir = path.join(process.cwd(), SOURCE_DIR);
  const outDir = path.join(process.cwd(), "lib", "documents", "fonts");
  for (const { from, to } of SOURCES) {
    const source = new Uint8Array(fs.readFileSync(path.join(sourceDir, from)));
    const { bytes, glyphs, codePoints } = reduceFont(source);
    fs.writeFileSync(path.join(outDir, to), bytes);
    console.log(`${to}: ${codePoints} characters, ${glyphs} glyphs, ${bytes.length} bytes (from ${source.length})`);
  }
}

// Run as a script (npx tsx …/make-fonts.ts), not when imported by the test that checks the
// committed fonts are what this script makes.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
