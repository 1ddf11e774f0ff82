/**
 * Just enough TrueType (sfnt) reading and writing for our document fonts: the table directory,
 * raw table bytes, and glyph records in `glyf` (simple and composite). Used by the one-off
 * script that makes the reduced fonts (make-fonts.ts) and by the per-document subsetter
 * (../pdf-fonts.ts). No dependencies; works on plain byte arrays.
 */

export type SfntTables = Map<string, Uint8Array>;

/** Composite glyph flags (OpenType spec, 'glyf' table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads the table directory of a TrueType font into tag → bytes (copies, not views). */
export function readSfnt(font: Uint8Array): SfntTables {
  const dv = view(font);
  const version = dv.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) {
    throw new Error("Not a TrueType font (expected glyf outlines)");
  }
  const numTables = dv.getUint16(4);
  const tables: SfntTables = new Map();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    const offset = dv.getUint32(record + 8);
    const length = dv.getUint32(record + 12);
    tables.set(tag, new Uint8Array(font.subarray(offset, offset + length))); // a copy, also for Buffers
  }
  return tables;
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const full = bytes.length & ~3;
  const dv = view(bytes);
  for (let i = 0; i < full; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  if (full < bytes.length) {
    let last = 0;
    for (let i = full; i < full + 4; i++) last = (last << 8) | (i < bytes.length ? bytes[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * Writes a TrueType font from tag → bytes. Tables are sorted by tag, padded to 4 bytes, and
 * head.checkSumAdjustment is computed (the `head` bytes passed in are not modified).
 */
export function writeSfnt(input: SfntTables): Uint8Array {
  const tags = [...input.keys()].sort();
  const numTables = tags.length;
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = (1 << entrySelector) * 16;

  let size = 12 + numTables * 16;
  for (const tag of tags) size += (input.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(size);
  const dv = view(out);
  dv.setUint32(0, 0x00010000);
  dv.setUint16(4, numTables);
  dv.setUint16(6, searchRange);
  dv.setUint16(8, entrySelector);
  dv.setUint16(10, numTables * 16 - searchRange);

  let offset = 12 + numTables * 16;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    let data = input.get(tag)!;
    if (tag === "head") {
      data = new Uint8Array(data);
      view(data).setUint32(8, 0); // checkSumAdjustment is summed as zero
      headOffset = offset;
    }
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    dv.setUint32(record + 4, checksum(data));
    dv.setUint32(record + 8, offset);
    dv.setUint32(record + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) dv.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** Glyph offsets from `loca` (numGlyphs + 1 entries, in bytes into `glyf`). */
export function readLoca(loca: Uint8Array, indexToLocFormat: number, numGlyphs: number): Uint32Array {
  const dv = view(loca);
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    offsets[i] = indexToLocFormat === 0 ? dv.getUint16(i * 2) * 2 : dv.getUint32(i * 4);
  }
  return offsets;
}

/** Component glyph ids of a composite glyph, with the byte position of each id (empty for simple glyphs). */
export function compositeComponents(glyph: Uint8Array): { glyphId: number; pos: number }[] {
  if (glyph.length < 10) return [];
  const dv = view(glyph);
  if (dv.getInt16(0) >= 0) return [];
  const components: { glyphId: number; pos: number }[] = [];
  let pos = 10;
  for (;;) {
    const flags = dv.getUint16(pos);
    components.push({ glyphId: dv.getUint16(pos + 2), pos: pos + 2 });
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) pos += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return components;
}

/** A glyph record without its TrueType hinting instructions (outlines unchanged). */
export function stripInstructions(glyph: Uint8Array): Uint8Array {
  if (glyph.length < 10) return glyph;
  const dv = view(glyph);
  const numberOfContours = dv.getInt16(0);
  if (numberOfContours >= 0) {
    const lengthPos = 10 + numberOfContours * 2;
    const instructionLength = dv.getUint16(lengthPos);
    if (instructionLength === 0) return glyph;
    const out = new Uint8Array(glyph.length - instructionLength);
    out.set(glyph.subarray(0, lengthPos + 2), 0);
    out.set(glyph.subarray(lengthPos + 2 + instructionLength), lengthPos + 2);
    view(out).setUint16(lengthPos, 0);
    return out;
  }
  // Composite: the instructions, if any, follow the last component.
  const out = new Uint8Array(glyph);
  const outView = view(out);
  let pos = 10;
  for (;;) {
    const flags = dv.getUint16(pos);
    outView.setUint16(pos, flags & ~WE_HAVE_INSTRUCTIONS);
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) pos += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out.subarray(0, pos);
}
