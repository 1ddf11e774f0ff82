/**
 * A small flowing layout for our A4 documents: headings, wrapped paragraphs, two-column
 * key/value rows, rules, custom blocks (the QR code), automatic page breaks and a footer
 * "Strona N z M" written once the page count is known.
 *
 * It writes PDF content-stream operators itself (one stream per page, compressed with
 * node:zlib) instead of calling page.drawText: pdf-lib builds several operator objects per call
 * and compresses with pako, which alone cost ≈10 ms for a few hundred lines. Text goes through
 * toFontText first, so characters the fonts lack come out as "?" instead of an exception.
 *
 * Usage: `const w = await PdfWriter.create(doc, { footer })`, draw, then `w.finish()` once.
 */
import { deflateSync } from "node:zlib";
import { PDFName, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from "pdf-lib";

import { embedDocumentFonts, toFontText, type DocumentFonts } from "./pdf-fonts";

export const A4: [number, number] = [595.28, 841.89];

export type TextStyle = { size?: number; bold?: boolean; color?: RGB };
export type Margins = { top: number; right: number; bottom: number; left: number };

export type LayoutOptions = {
  /** Footer text on the right of every page, e.g. (1, 3) => "Strona 1 z 3". */
  footer: (page: number, pages: number) => string;
  /** Footer text on the left of every page (document name, identifier). */
  footerLeft?: string;
  pageSize?: [number, number];
  margins?: Partial<Margins>;
  /** Body text size in points (default 10). */
  fontSize?: number;
};

/** A key/value row; the optional third element styles the value (e.g. a smaller size for hashes). */
export type Row = readonly [label: string, value: string] | readonly [label: string, value: string, style: { valueSize?: number }];

export type RowsOptions = {
  /** Label column width as a fraction of the text width (default 0.32). */
  labelWidth?: number;
  size?: number;
  /** Draw labels in bold (default false: labels dark grey, values black). */
  boldLabels?: boolean;
};

/** What a custom block may draw with; coordinates in points from the page's bottom left. */
export type BlockContext = {
  /** Left edge and width of the text area, and the top of the block. */
  x: number;
  top: number;
  width: number;
  /** Appends raw content-stream operators (e.g. "10 10 5 5 re f"). */
  ops: (operators: string) => void;
  /** Draws one line of text with its baseline at y. */
  text: (x: number, y: number, text: string, style?: TextStyle) => void;
  /** Wraps text to a width (same rules as paragraphs). */
  wrap: (text: string, width: number, style?: TextStyle) => string[];
  lineHeight: (size?: number) => number;
};

const BLACK = rgb(0, 0, 0);
const LABEL_GREY = rgb(0.3, 0.3, 0.3);
const FOOTER_GREY = rgb(0.4, 0.4, 0.4);
const RULE_GREY = rgb(0.75, 0.75, 0.75);
const ROW_LINE_GREY = rgb(0.88, 0.88, 0.88);
const LINE_SPACING = 1.25;

/** A number as PDF content wants it: at most 3 decimals, no exponent, no trailing zeros. */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function colorOp(color: RGB, stroke: boolean): string {
  return `${pdfNumber(color.red)} ${pdfNumber(color.green)} ${pdfNumber(color.blue)} ${stroke ? "RG" : "rg"}`;
}

type PageState = { page: PDFPage; ops: string[]; fill: string };

export class PdfWriter {
  readonly doc: PDFDocument;
  readonly fonts: DocumentFonts;
  readonly pageSize: [number, number];
  readonly margins: Margins;
  readonly fontSize: number;
  private readonly options: LayoutOptions;
  private readonly pages: PageState[] = [];
  private current!: PageState;
  /** Top of the free space on the current page. */
  private cursor = 0;
  private finished = false;

  private constructor(doc: PDFDocument, fonts: DocumentFonts, options: LayoutOptions) {
    this.doc = doc;
    this.fonts = fonts;
    this.options = options;
    this.pageSize = options.pageSize ?? A4;
    this.margins = { top: 52, right: 48, bottom: 60, left: 48, ...options.margins };
    this.fontSize = options.fontSize ?? 10;
    this.newPage();
  }

  static async create(doc: PDFDocument, options: LayoutOptions): Promise<PdfWriter> {
    return new PdfWriter(doc, await embedDocumentFonts(doc), options);
  }

  /** Width of the text area. */
  get width(): number {
    return this.pageSize[0] - this.margins.left - this.margins.right;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Space left on the current page, in points. */
  get remaining(): number {
    return this.cursor - this.margins.bottom;
  }

  lineHeight(size = this.fontSize): number {
    return size * LINE_SPACING;
  }

  newPage(): void {
    this.assertOpen();
    const page = this.doc.addPage(this.pageSize);
    this.current = { page, ops: [], fill: "" };
    this.pages.push(this.current);
    this.cursor = this.pageSize[1] - this.margins.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (height > this.remaining && this.cursor < this.pageSize[1] - this.margins.top) this.newPage();
  }

  space(height: number): void {
    this.cursor -= height;
    if (this.remaining < 0) this.newPage();
  }

  heading(text: string, options: { level?: 1 | 2 | 3 } = {}): void {
    const size = { 1: 16, 2: 12.5, 3: 11 }[options.level ?? 2];
    const lines = this.wrap(text, this.width, { size, bold: true });
    // Keep the heading with at least three lines of what follows.
    this.ensureSpace(lines.length * this.lineHeight(size) + size * 0.4 + 3 * this.lineHeight());
    if (this.cursor < this.pageSize[1] - this.margins.top) this.cursor -= size * 0.5;
    for (const line of lines) this.line(line, { size, bold: true });
    this.cursor -= size * 0.4;
  }

  paragraph(text: string, style: TextStyle & { spaceAfter?: number } = {}): void {
    const size = style.size ?? this.fontSize;
    for (const line of this.wrap(text, this.width, style)) {
      this.ensureSpace(this.lineHeight(size));
      this.line(line, style);
    }
    this.cursor -= style.spaceAfter ?? size * 0.5;
  }

  /** Two-column key/value table; both columns wrap, rows stay on one page when they fit on one. */
  rows(rows: readonly Row[], options: RowsOptions = {}): void {
    const size = options.size ?? this.fontSize;
    const lineHeight = this.lineHeight(size);
    const gap = 12;
    const padding = size * 0.25;
    const labelWidth = Math.round(this.width * (options.labelWidth ?? 0.32));
    const valueWidth = this.width - labelWidth - gap;
    const labelStyle: TextStyle = { size, bold: options.boldLabels ?? false, color: LABEL_GREY };
    const fullPage = this.pageSize[1] - this.margins.top - this.margins.bottom;

    for (const [label, value, rowStyle] of rows) {
      const valueStyle: TextStyle = { size: rowStyle?.valueSize ?? size, color: BLACK };
      const labelLines = this.wrap(label, labelWidth, labelStyle);
      const valueLines = this.wrap(value, valueWidth, valueStyle);
      const count = Math.max(labelLines.length, valueLines.length);
      const height = count * lineHeight + 2 * padding;
      this.ensureSpace(height <= fullPage ? height : lineHeight * 2 + padding);
      this.cursor -= padding;
      for (let i = 0; i < count; i++) {
        if (lineHeight > this.remaining) this.newPage();
        const baseline = this.cursor - size;
        const labelLine = labelLines[i];
        const valueLine = valueLines[i];
        if (labelLine) this.text(this.margins.left, baseline, labelLine, labelStyle);
        if (valueLine) this.text(this.margins.left + labelWidth + gap, baseline, valueLine, valueStyle);
        this.cursor -= lineHeight;
      }
      this.cursor -= padding;
      this.hline(this.cursor, ROW_LINE_GREY, 0.5);
    }
    this.cursor -= size * 0.5;
  }

  rule(): void {
    this.ensureSpace(12);
    this.cursor -= 6;
    this.hline(this.cursor, RULE_GREY, 0.75);
    this.cursor -= 6;
  }

  /** Reserves `height` points (on a new page if needed) and lets `draw` fill them. */
  block(height: number, draw: (ctx: BlockContext) => void): void {
    this.ensureSpace(height);
    draw({
      x: this.margins.left,
      top: this.cursor,
      width: this.width,
      ops: (operators) => this.current.ops.push(operators),
      text: (x, y, text, style) => this.text(x, y, toFontText(text), style ?? {}),
      wrap: (text, width, style) => this.wrap(text, width, style ?? {}),
      lineHeight: (size) => this.lineHeight(size),
    });
    this.current.fill = ""; // raw operators may have changed the colour
    this.cursor -= height;
  }

  /** Writes the footers and the page content streams. Call once, after the last drawing. */
  finish(): void {
    this.assertOpen();
    const total = this.pages.length;
    const footerSize = 8;
    const footerY = this.margins.bottom / 2;
    const regular = PDFName.of("F1");
    const bold = PDFName.of("F2");
    this.pages.forEach((state, index) => {
      this.current = state;
      const footer = toFontText(this.options.footer(index + 1, total));
      const style = { size: footerSize, color: FOOTER_GREY };
      const footerWidth = this.fonts.regular.widthOfTextAtSize(footer, footerSize);
      this.text(this.pageSize[0] - this.margins.right - footerWidth, footerY, footer, style);
      if (this.options.footerLeft) {
        const available = this.width - footerWidth - 12;
        const [left] = this.wrap(this.options.footerLeft, available, style);
        if (left) this.text(this.margins.left, footerY, left, style);
      }
      const content = Buffer.from(state.ops.join("\n"), "latin1");
      const stream = this.doc.context.stream(deflateSync(content), { Filter: "FlateDecode" });
      state.page.node.addContentStream(this.doc.context.register(stream));
      state.page.node.setFontDictionary(regular, this.fonts.regular.ref);
      state.page.node.setFontDictionary(bold, this.fonts.bold.ref);
    });
    this.finished = true;
  }

  /** Splits text into lines that fit `width`: at spaces, and inside words longer than a line. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const font = this.font(style);
    const size = style.size ?? this.fontSize;
    const measure = (s: string) => font.widthOfTextAtSize(s, size);
    const spaceWidth = measure(" ");
    const lines: string[] = [];
    for (const hardLine of toFontText(text).split("\n")) {
      let line = "";
      let lineWidth = 0;
      for (const word of hardLine.split(" ")) {
        const wordWidth = measure(word);
        const joined = line === "" ? wordWidth : lineWidth + spaceWidth + wordWidth;
        if (joined <= width) {
          line = line === "" ? word : `${line} ${word}`;
          lineWidth = joined;
          continue;
        }
        if (line !== "") lines.push(line);
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        // A token wider than the line (a hash, a URL): break between characters.
        line = "";
        lineWidth = 0;
        for (const ch of word) {
          const chWidth = measure(ch);
          if (line !== "" && lineWidth + chWidth > width) {
            lines.push(line);
            line = "";
            lineWidth = 0;
          }
          line += ch;
          lineWidth += chWidth;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** One line at the cursor (already wrapped and sanitized), then moves down. */
  private line(text: string, style: TextStyle): void {
    const size = style.size ?? this.fontSize;
    this.text(this.margins.left, this.cursor - size, text, style);
    this.cursor -= this.lineHeight(size);
  }

  /** Draws sanitized text with its baseline at y. */
  private text(x: number, y: number, text: string, style: TextStyle): void {
    this.assertOpen();
    if (text === "") return;
    const size = style.size ?? this.fontSize;
    const fill = colorOp(style.color ?? BLACK, false);
    if (fill !== this.current.fill) {
      this.current.ops.push(fill);
      this.current.fill = fill;
    }
    const hex = this.font(style).encodeText(text).toString();
    this.current.ops.push(`BT /${style.bold ? "F2" : "F1"} ${pdfNumber(size)} Tf ${pdfNumber(x)} ${pdfNumber(y)} Td ${hex} Tj ET`);
  }

  private hline(y: number, color: RGB, lineWidth: number): void {
    this.assertOpen();
    const x1 = pdfNumber(this.margins.left);
    const x2 = pdfNumber(this.pageSize[0] - this.margins.right);
    this.current.ops.push(`q ${colorOp(color, true)} ${pdfNumber(lineWidth)} w ${x1} ${pdfNumber(y)} m ${x2} ${pdfNumber(y)} l S Q`);
  }

  private assertOpen(): void {
    if (this.finished) throw new Error("PdfWriter: the document is already finished");
  }
}
