import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { reduceFont, SOURCE_DIR, SOURCES } from "./make-fonts";
import { compositeComponents, readSfnt, stripInstructions, writeSfnt } from "./sfnt";

describe("reduced document fonts", () => {
  it("the committed .ttf files are exactly what make-fonts.ts makes from dejavu-fonts-ttf", () => {
    for (const { from, to } of SOURCES) {
      const source = new Uint8Array(fs.readFileSync(path.join(process.cwd(), SOURCE_DIR, from)));
      const committed = fs.readFileSync(path.join(process.cwd(), "lib", "documents", "fonts", to));
      expect(Buffer.from(reduceFont(source).bytes).equals(committed), `${to} is stale: run npx tsx lib/documents/fonts/make-fonts.ts`).toBe(true);
    }
  });

  it("keeps only the tables a PDF subset needs, without hinting or OpenType layout", () => {
    const tables = readSfnt(new Uint8Array(fs.readFileSync(path.join(process.cwd(), "lib", "documents", "fonts", "DejaVuSans-Latin.ttf"))));
    expect([...tables.keys()].sort()).toEqual(["OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"]);
  });
});

describe("sfnt helpers", () => {
  it("round-trips tables and sets a valid head checksum adjustment", () => {
    const head = new Uint8Array(54);
    const tables = new Map([
      ["head", head],
      ["zzzz", new Uint8Array([1, 2, 3])],
    ]);
    const font = writeSfnt(tables);
    const back = readSfnt(font);
    expect([...back.keys()]).toEqual(["head", "zzzz"]);
    expect([...back.get("zzzz")!]).toEqual([1, 2, 3]);
    let sum = 0;
    const view = new DataView(font.buffer);
    for (let i = 0; i < font.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
  });

  it("strips instructions from simple glyphs and finds composite components", () => {
    // One contour, end point 0, 3 instruction bytes, one flag, x and y bytes.
    const simple = new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 9, 9, 9, 0x37, 5, 6]);
    expect([...stripInstructions(simple)]).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x37, 5, 6]);
    // Two components (word args for the first, MORE_COMPONENTS), instructions after the last.
    const composite = new Uint8Array([0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x21, 0, 7, 0, 0, 0, 0, 0x01, 0x00, 0, 9, 1, 2, 0, 1, 0xb0]);
    expect(compositeComponents(composite)).toEqual([
      { glyphId: 7, pos: 12 },
      { glyphId: 9, pos: 20 },
    ]);
    const stripped = stripInstructions(composite);
    expect(stripped.length).toBe(24);
    expect(stripped[18]! & 0x01).toBe(0);
  });
});
