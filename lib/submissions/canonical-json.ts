/**
 * RFC 8785 (JCS) canonical JSON, after the normalisation JCS leaves to us: strings in Unicode
 * NFC (keys too), no `undefined`, only finite numbers. The bytes this returns are what gets
 * hashed and signed, and they are stored as they are (a jsonb copy would not reproduce them).
 */
import { createHash } from "node:crypto";

import canonicalize from "canonicalize";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Deep copy with NFC strings and keys; throws on values JSON cannot carry exactly. */
export function normalizeForSigning(value: unknown, path = "$"): JsonValue {
  if (value === null) return null;
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path}: not a finite number`);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item, i) => normalizeForSigning(item, `${path}[${i}]`));
  if (typeof value === "object") {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === undefined) continue;
      const nfcKey = key.normalize("NFC");
      if (Object.hasOwn(out, nfcKey)) throw new Error(`${path}: duplicate key ${nfcKey} after normalisation`);
      // defineProperty, not assignment: a "__proto__" key stays an ordinary key.
      Object.defineProperty(out, nfcKey, { value: normalizeForSigning(item, `${path}.${key}`), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new Error(`${path}: ${typeof value} cannot be signed`);
}

/** The canonical UTF-8 bytes of a value (normalised first). */
export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(normalizeForSigning(value));
  if (text === undefined) throw new Error("nothing to canonicalise");
  return Buffer.from(text, "utf8");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Parses canonical bytes back, refusing anything that is not exactly canonical. */
export function parseCanonical(bytes: Uint8Array): JsonValue {
  const text = Buffer.from(bytes).toString("utf8");
  const value = JSON.parse(text) as JsonValue;
  if (!canonicalBytes(value).equals(Buffer.from(bytes))) throw new Error("not canonical JSON (RFC 8785)");
  return value;
}
