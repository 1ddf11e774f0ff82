/**
 * Minimal DER helpers: ECDSA signature conversion between the raw r||s form (WebCrypto, JWS)
 * and the DER Ecdsa-Sig-Value (X.509, CMS), and a strict structural DER check used by the
 * verifier so that unsigned bytes (the CMS inside /Contents) have exactly one encoding.
 */

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function encodeUnsignedInteger(magnitude: Uint8Array): number[] {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const body = Array.from(magnitude.subarray(start));
  if ((body[0] ?? 0) & 0x80) body.unshift(0);
  return [0x02, ...encodeLength(body.length), ...body];
}

/** Converts a raw ECDSA signature (r||s, equal halves) to DER `SEQUENCE { INTEGER r, INTEGER s }`. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0) throw new Error(`Raw ECDSA signature has an odd or zero length (${raw.length})`);
  const half = raw.length / 2;
  const body = [...encodeUnsignedInteger(raw.subarray(0, half)), ...encodeUnsignedInteger(raw.subarray(half))];
  return new Uint8Array([0x30, ...encodeLength(body.length), ...body]);
}

/** A decoded TLV header: where the content starts and ends. */
type Tlv = { tag: number; contentStart: number; end: number };

/** Reads one DER TLV at `offset` (low tag numbers only; definite, minimal lengths). Null if invalid. */
function readTlv(bytes: Uint8Array, offset: number, limit: number): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset]!;
  if (tag === 0x00) return null; // end-of-contents: BER indefinite lengths only, never DER
  if ((tag & 0x1f) === 0x1f) return null; // high-tag-number form never occurs in our structures
  let pos = offset + 1;
  const first = bytes[pos++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0 || count > 4 || pos + count > limit) return null; // 0 = indefinite (BER only)
    if (bytes[pos] === 0) return null; // non-minimal: leading zero length octet
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
    if (length < 0x80) return null; // non-minimal: long form for a short length
  }
  const end = pos + length;
  if (end > limit) return null;
  return { tag, contentStart: pos, end };
}

/**
 * Checks that `bytes` starts with one structurally valid DER element (every nested constructed
 * element parses exactly, lengths definite and minimal) and returns its total length, or null.
 */
export function strictDerLength(bytes: Uint8Array, maxDepth = 64): number | null {
  const walk = (offset: number, limit: number, depth: number): number | null => {
    const tlv = readTlv(bytes, offset, limit);
    if (!tlv || depth > maxDepth) return null;
    if (tlv.tag & 0x20) {
      let pos = tlv.contentStart;
      while (pos < tlv.end) {
        const next = walk(pos, tlv.end, depth + 1);
        if (next === null) return null;
        pos = next;
      }
    }
    return tlv.end;
  };
  return walk(0, bytes.length, 0);
}

/**
 * Converts a DER Ecdsa-Sig-Value to raw r||s with `size`-byte halves. Strict: minimal positive
 * INTEGERs, nothing trailing. Returns null for anything else.
 */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | null {
  const seq = readTlv(der, 0, der.length);
  if (!seq || seq.tag !== 0x30 || seq.end !== der.length) return null;
  const out = new Uint8Array(size * 2);
  let pos = seq.contentStart;
  for (let i = 0; i < 2; i++) {
    const int = readTlv(der, pos, seq.end);
    if (!int || int.tag !== 0x02 || int.end === int.contentStart) return null;
    let value = der.subarray(int.contentStart, int.end);
    if (value[0]! & 0x80) return null; // negative
    if (value.length > 1 && value[0] === 0 && !(value[1]! & 0x80)) return null; // non-minimal
    if (value[0] === 0 && value.length > 1) value = value.subarray(1);
    if (value.length > size) return null;
    out.set(value, i * size + (size - value.length));
    pos = int.end;
  }
  return pos === seq.end ? out : null;
}
