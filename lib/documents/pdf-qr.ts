/**
 * QR codes as vector PDF operators: each horizontal run of dark modules is one rectangle, and all
 * of them are filled as one path (a 33×33 code is ≈250 rectangles and a single `f`). Matrices
 * are cached per text for the few most recent texts, so rebuilding a document does not encode
 * its QR code again.
 */
import QRCode from "qrcode";

import { pdfNumber } from "./pdf-layout";

export type QrMatrix = { size: number; data: Uint8Array };

const CACHE_SIZE = 32;
const cache = new Map<string, QrMatrix>();

/** The module matrix (row-major, 1 = dark) for text, error correction level M. */
export function qrMatrix(text: string): QrMatrix {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit); // most recently used last
    return hit;
  }
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const matrix = { size: modules.size, data: modules.data };
  cache.set(text, matrix);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return matrix;
}

/**
 * Content-stream operators drawing the QR code for text as a square of `size` points whose top
 * left corner is (x, top), without quiet zone (leave 4 modules of white around it).
 */
export function qrOperators(text: string, x: number, top: number, size: number): string {
  const matrix = qrMatrix(text);
  const moduleSize = size / matrix.size;
  // Edges are rounded once, so neighbouring rectangles share them exactly (no hairline seams).
  const edge = (value: number) => Math.round(value * 1000) / 1000;
  const parts: string[] = ["q 0 0 0 rg"];
  for (let row = 0; row < matrix.size; row++) {
    const bottom = edge(top - (row + 1) * moduleSize);
    const y = pdfNumber(bottom);
    const h = pdfNumber(edge(top - row * moduleSize) - bottom);
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.data[row * matrix.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.data[row * matrix.size + col]) col++;
      const left = edge(x + start * moduleSize);
      parts.push(`${pdfNumber(left)} ${y} ${pdfNumber(edge(x + col * moduleSize) - left)} ${h} re`);
    }
  }
  parts.push("f Q");
  return parts.join("\n");
}
