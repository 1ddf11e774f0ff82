/**
 * PDF text strings in literal form. pdf-lib's `PDFString.of` writes its argument verbatim between
 * parentheses, so callers must escape. Non-ASCII text is written as UTF-16BE with a BOM (ISO 32000
 * §7.9.2.2), so Polish letters survive in /Name, /Reason and /Location.
 */

function escapeByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return "\\" + String.fromCharCode(byte);
  if (byte < 0x20 || byte === 0x7f) return "\\" + byte.toString(8).padStart(3, "0");
  return String.fromCharCode(byte);
}

/** Escaped body of a PDF literal string (without the parentheses) holding `text`. */
export function pdfLiteralTextBody(text: string): string {
  const printableAscii = /^[\x20-\x7e]*$/.test(text);
  const bytes: number[] = [];
  if (printableAscii) {
    for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i));
  } else {
    bytes.push(0xfe, 0xff);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i); // UTF-16 code units, surrogate pairs included as they are
      bytes.push(unit >> 8, unit & 0xff);
    }
  }
  return bytes.map(escapeByte).join("");
}

/** Decodes PDF text-string bytes: UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else Latin-1. */
export function decodePdfText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(3));
  }
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/**
 * Parses a PDF date "D:YYYYMMDDHHmmSSOHH'mm'" (all parts after the year optional; O is Z, + or -).
 * Returns null for anything malformed.
 */
export function parsePdfDate(text: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = "01", d = "01", h = "00", mi = "00", s = "00", sign, oh = "00", om = "00"] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  if (Number(oh) > 23 || Number(om) > 59) return null;
  const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  const offsetMinutes = (Number(oh) * 60 + Number(om)) * (sign === "-" ? -1 : 1);
  const date = new Date(utc - (sign && sign !== "Z" && sign !== "z" ? offsetMinutes * 60_000 : 0));
  // Reject dates that JavaScript rolled over (e.g. 31 February).
  return new Date(utc).getUTCDate() === day ? date : null;
}
