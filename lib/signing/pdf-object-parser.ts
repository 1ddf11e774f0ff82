/**
 * A tiny, defensive parser for single PDF objects read straight from the file bytes (no xref,
 * no streams). The verifier uses it for the signature dictionary so that it never has to load
 * the whole document. Every value records where it starts and ends in the file.
 */
import { decodePdfText } from "./pdf-text";

/** A parsed PDF value with its byte span [start, end) in the file. */
export type PdfValue = { start: number; end: number } & (
  | { kind: "dict"; entries: Map<string, PdfValue & { keyStart: number }> }
  | { kind: "array"; items: PdfValue[] }
  | { kind: "name"; name: string }
  | { kind: "number"; value: number; integer: boolean }
  | { kind: "string"; bytes: Uint8Array; hex: boolean }
  | { kind: "ref"; objectNumber: number; generation: number }
  | { kind: "keyword"; keyword: string }
);

const MAX_DEPTH = 32;
const MAX_TOKEN = 256;
const MAX_HEX_STRING = 8192;

/** ASCII/Latin-1 text of a short token; throws ParseError for absurdly long tokens. */
function tokenText(bytes: Uint8Array): string {
  if (bytes.length > MAX_TOKEN) throw new ParseError("Token too long");
  return String.fromCharCode(...bytes);
}

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

function isDelimiter(byte: number | undefined): boolean {
  return byte === undefined || isWhitespace(byte) || "()<>[]{}/%".includes(String.fromCharCode(byte));
}

class ParseError extends Error {}

/** Parses PDF objects from `bytes`; methods throw ParseError on malformed input. */
class Parser {
  constructor(private readonly bytes: Uint8Array) {}

  skipSpace(pos: number): number {
    const b = this.bytes;
    while (pos < b.length) {
      if (isWhitespace(b[pos])) pos++;
      else if (b[pos] === 0x25 /* % */) {
        while (pos < b.length && b[pos] !== 0x0a && b[pos] !== 0x0d) pos++;
      } else break;
    }
    return pos;
  }

  value(pos: number, depth: number): PdfValue {
    if (depth > MAX_DEPTH) throw new ParseError("Nesting too deep");
    const b = this.bytes;
    const start = this.skipSpace(pos);
    const c = b[start];
    if (c === undefined) throw new ParseError("Unexpected end of data");
    if (c === 0x3c /* < */) return b[start + 1] === 0x3c ? this.dict(start, depth) : this.hexString(start);
    if (c === 0x28 /* ( */) return this.literalString(start);
    if (c === 0x5b /* [ */) return this.array(start, depth);
    if (c === 0x2f /* / */) return this.name(start);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.numberOrRef(start);
    let end = start;
    while (end < b.length && !isDelimiter(b[end])) end++;
    const keyword = tokenText(b.subarray(start, end));
    if (keyword === "true" || keyword === "false" || keyword === "null") return { kind: "keyword", keyword, start, end };
    throw new ParseError(`Unexpected token at ${start}`);
  }

  private dict(start: number, depth: number): PdfValue {
    const entries = new Map<string, PdfValue & { keyStart: number }>();
    let pos = start + 2;
    for (;;) {
      pos = this.skipSpace(pos);
      if (this.bytes[pos] === 0x3e && this.bytes[pos + 1] === 0x3e) return { kind: "dict", entries, start, end: pos + 2 };
      const key = this.value(pos, depth + 1);
      if (key.kind !== "name") throw new ParseError(`Dictionary key expected at ${key.start}`);
      const value = this.value(key.end, depth + 1);
      if (entries.has(key.name)) throw new ParseError(`Duplicate key /${key.name}`);
      entries.set(key.name, { ...value, keyStart: key.start });
      pos = value.end;
    }
  }

  private array(start: number, depth: number): PdfValue {
    const items: PdfValue[] = [];
    let pos = start + 1;
    for (;;) {
      pos = this.skipSpace(pos);
      if (pos >= this.bytes.length) throw new ParseError("Unterminated array");
      if (this.bytes[pos] === 0x5d /* ] */) return { kind: "array", items, start, end: pos + 1 };
      const item = this.value(pos, depth + 1);
      items.push(item);
      pos = item.end;
    }
  }

  private name(start: number): PdfValue {
    let end = start + 1;
    while (end < this.bytes.length && !isDelimiter(this.bytes[end])) end++;
    const raw = tokenText(this.bytes.subarray(start + 1, end));
    const name = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return { kind: "name", name, start, end };
  }

  private numberToken(start: number): { value: number; integer: boolean; end: number } | null {
    let end = start;
    while (end < this.bytes.length && !isDelimiter(this.bytes[end])) end++;
    const text = tokenText(this.bytes.subarray(start, end));
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
    return { value: Number(text), integer: /^[+-]?\d+$/.test(text), end };
  }

  private numberOrRef(start: number): PdfValue {
    const first = this.numberToken(start);
    if (!first) throw new ParseError(`Bad number at ${start}`);
    if (first.integer && first.value >= 0) {
      const genStart = this.skipSpace(first.end);
      const second = genStart > first.end ? this.numberToken(genStart) : null;
      if (second?.integer && second.value >= 0) {
        const rStart = this.skipSpace(second.end);
        if (rStart > second.end && this.bytes[rStart] === 0x52 /* R */ && isDelimiter(this.bytes[rStart + 1])) {
          return { kind: "ref", objectNumber: first.value, generation: second.value, start, end: rStart + 1 };
        }
      }
    }
    return { kind: "number", value: first.value, integer: first.integer, start, end: first.end };
  }

  private hexString(start: number): PdfValue {
    const b = this.bytes;
    let end = start + 1;
    while (end < b.length && b[end] !== 0x3e) end++;
    if (end >= b.length) throw new ParseError("Unterminated hex string");
    // Long hex strings (the signature /Contents) are decoded by the caller, strictly; here only short ones.
    let bytes: Uint8Array = new Uint8Array();
    if (end - start - 1 <= MAX_HEX_STRING) {
      let digits = "";
      for (let i = start + 1; i < end; i++) {
        const c = b[i]!;
        if (isWhitespace(c)) continue;
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))) throw new ParseError(`Bad hex string at ${start}`);
        digits += String.fromCharCode(c);
      }
      bytes = hexToBytes(digits.length % 2 ? digits + "0" : digits);
    }
    return { kind: "string", bytes, hex: true, start, end: end + 1 };
  }

  private literalString(start: number): PdfValue {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    let pos = start + 1;
    while (pos < b.length) {
      const c = b[pos++]!;
      if (c === 0x5c /* \ */) {
        const e = b[pos++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (e in simple) out.push(simple[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let value = e - 0x30;
          for (let i = 0; i < 2 && b[pos]! >= 0x30 && b[pos]! <= 0x37; i++) value = value * 8 + (b[pos++]! - 0x30);
          out.push(value & 0xff);
        } else if (e === 0x0d) {
          if (b[pos] === 0x0a) pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) return { kind: "string", bytes: new Uint8Array(out), hex: false, start, end: pos };
        out.push(c);
      } else out.push(c);
    }
    throw new ParseError("Unterminated literal string");
  }
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Parses one PDF value starting at `pos` (after optional whitespace); null when malformed. */
export function parsePdfValue(bytes: Uint8Array, pos: number): PdfValue | null {
  try {
    return new Parser(bytes).value(pos, 0);
  } catch (error) {
    if (error instanceof ParseError || error instanceof RangeError) return null;
    throw error;
  }
}

/** The text of a string value (PDF text-string decoding), or undefined for other kinds. */
export function pdfText(value: PdfValue | undefined): string | undefined {
  return value?.kind === "string" ? decodePdfText(value.bytes) : undefined;
}
