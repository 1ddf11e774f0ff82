import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePdfValue, pdfText } from "./pdf-object-parser";
import { parsePdfDate, pdfLiteralTextBody } from "./pdf-text";

const literal = (text: string) => Uint8Array.from(`(${pdfLiteralTextBody(text)})`, (c) => c.charCodeAt(0));

describe("PDF text strings", () => {
  it("keeps ASCII readable and writes Polish text as UTF-16BE", () => {
    expect(pdfLiteralTextBody("Gmina (test) \\ 1")).toBe("Gmina \\(test\\) \\\\ 1");
    expect(pdfLiteralTextBody("Łódź").startsWith("\u00fe\u00ff")).toBe(true);
  });

  it("round-trips any string through a literal and our parser (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        const parsed = parsePdfValue(literal(text), 0);
        expect(parsed?.end).toBe(literal(text).length);
        expect(pdfText(parsed ?? undefined)).toBe(text);
      }),
    );
  });
});

describe("parsePdfDate", () => {
  it.each([
    ["D:20261122074949Z", "2026-11-22T07:49:49.000Z"],
    ["D:20261122084949+01'00'", "2026-11-22T07:49:49.000Z"],
    ["D:20261122024949-05'00", "2026-11-22T07:49:49.000Z"],
    ["D:2026", "2026-01-01T00:00:00.000Z"],
    ["D:202611221200", "2026-11-22T12:00:00.000Z"],
  ])("parses %s", (text, iso) => {
    expect(parsePdfDate(text)?.toISOString()).toBe(iso);
  });

  it.each(["", "20261122", "D:20261322000000Z", "D:20260231000000Z", "D:2026112207494", "D:20261122074960Z", "D:20261122074949X"])("refuses %j", (text) => {
    expect(parsePdfDate(text)).toBeNull();
  });
});
