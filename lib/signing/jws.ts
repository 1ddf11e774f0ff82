/**
 * JWS (RFC 7515) with ES256 and an `x5c` chain: detached for receipts (the payload is upo.json,
 * carried elsewhere) and compact with payload for the resident's signature object. Signing goes
 * through our Signer (JOSE ES256 signatures are raw r||s, exactly what Signer.sign returns);
 * verification checks the chain to a pinned root, then the signature with jose.
 */
import { flattenedVerify } from "jose";
import { bytesEqual, fromBase64, fromBase64Url, toArrayBuffer, toBase64, toBase64Url } from "./bytes";
import { spkiOfCertificate, type CertInfo } from "./certificate-info";
import { verifyChain } from "./chain";
import { keyIdOf, type Signer } from "./signer";

/** Result of verifyJws. `payload` is the verified payload (the detached one when detached). */
export type JwsVerdict = { ok: true; kid: string; payload: Uint8Array; signer: CertInfo; typ?: string } | { ok: false; reason: string };

/** The protected header we write. */
type ProtectedHeader = { alg: "ES256"; typ: string; kid: string; x5c: string[]; "x5t#S256": string };

const encoder = new TextEncoder();

async function signParts(payload: Uint8Array, signer: Signer, typ: string): Promise<{ header: string; payload: string; signature: string }> {
  const header: ProtectedHeader = {
    alg: "ES256",
    typ,
    kid: signer.kid,
    x5c: signer.certificateChain.map(toBase64),
    "x5t#S256": keyIdOf(signer.certificateChain[0] ?? new Uint8Array()),
  };
  const encodedHeader = toBase64Url(encoder.encode(JSON.stringify(header)));
  const encodedPayload = toBase64Url(payload);
  const signature = await signer.sign(encoder.encode(`${encodedHeader}.${encodedPayload}`));
  if (signature.length !== 64) throw new Error(`ES256 signer returned ${signature.length} bytes, expected 64 (raw r||s)`);
  return { header: encodedHeader, payload: encodedPayload, signature: toBase64Url(signature) };
}

/** Compact JWS with a detached payload ("header..signature", RFC 7515 Appendix F). */
export async function signDetachedJws(payload: Uint8Array, signer: Signer, typ: string): Promise<string> {
  const parts = await signParts(payload, signer, typ);
  return `${parts.header}..${parts.signature}`;
}

/** Compact JWS with the payload included ("header.payload.signature"). */
export async function signCompactJws(payload: Uint8Array, signer: Signer, typ: string): Promise<string> {
  const parts = await signParts(payload, signer, typ);
  return `${parts.header}.${parts.payload}.${parts.signature}`;
}

/** Strict base64url: decodes and must re-encode to the same text (no stray trailing bits). */
function strictBase64Url(text: string): Uint8Array | null {
  const bytes = fromBase64Url(text);
  return bytes && toBase64Url(bytes) === text ? bytes : null;
}

function parseHeader(encoded: string): { header: Record<string, unknown> } | { reason: string } {
  const bytes = strictBase64Url(encoded);
  if (!bytes) return { reason: "The protected header is not base64url" };
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { reason: "The protected header is not JSON" };
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) return { reason: "The protected header is not a JSON object" };
  return { header: header as Record<string, unknown> };
}

/**
 * Verifies a compact JWS (detached when `detachedPayload` is given): ES256 only; the `x5c` chain
 * must reach one of `trustedRoots` at `at` (default now); `x5t#S256` (and `kid`, if present) must
 * name the leaf certificate; then the signature is checked with the leaf key. Never throws.
 */
export async function verifyJws(
  jws: string,
  options: { detachedPayload?: Uint8Array; trustedRoots: Uint8Array[]; at?: Date; typ?: string },
): Promise<JwsVerdict> {
  try {
    const parts = typeof jws === "string" ? jws.split(".") : [];
    if (parts.length !== 3) return { ok: false, reason: "Not a compact JWS (three dot-separated parts expected)" };
    const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];

    let payload: Uint8Array;
    if (encodedPayload === "") {
      if (!options.detachedPayload) return { ok: false, reason: "The JWS payload is detached but no payload was given" };
      payload = options.detachedPayload;
    } else {
      const embedded = strictBase64Url(encodedPayload);
      if (!embedded) return { ok: false, reason: "The JWS payload is not base64url" };
      if (options.detachedPayload && !bytesEqual(embedded, options.detachedPayload)) {
        return { ok: false, reason: "The embedded payload differs from the given payload" };
      }
      payload = embedded;
    }
    if (!strictBase64Url(encodedSignature)) return { ok: false, reason: "The JWS signature is not base64url" };

    const parsed = parseHeader(encodedHeader);
    if ("reason" in parsed) return { ok: false, reason: parsed.reason };
    const { header } = parsed;
    if (header.alg !== "ES256") return { ok: false, reason: `Unsupported JWS algorithm ${String(header.alg)}` };
    if ("crit" in header || "b64" in header) return { ok: false, reason: "Critical or b64 header parameters are not supported" };
    if (options.typ !== undefined && header.typ !== options.typ) return { ok: false, reason: `Unexpected JWS type ${String(header.typ)}` };
    const x5c = header.x5c;
    if (!Array.isArray(x5c) || x5c.length === 0 || x5c.length > 8 || !x5c.every((c) => typeof c === "string")) {
      return { ok: false, reason: "The JWS has no usable x5c certificate chain" };
    }
    const chain: Uint8Array[] = [];
    for (const encoded of x5c as string[]) {
      const der = fromBase64(encoded);
      if (!der || der.length === 0 || toBase64(der) !== encoded) return { ok: false, reason: "An x5c entry is not base64" };
      chain.push(der);
    }
    const leafKid = keyIdOf(chain[0]!);
    if (header["x5t#S256"] !== leafKid) return { ok: false, reason: "x5t#S256 does not match the leaf certificate" };
    if (header.kid !== undefined && header.kid !== leafKid) return { ok: false, reason: "kid does not match the leaf certificate" };

    const verdict = await verifyChain(chain, options.trustedRoots, options.at ?? new Date());
    if (!verdict.ok) return { ok: false, reason: `Untrusted certificate: ${verdict.reason}` };

    const key = await globalThis.crypto.subtle.importKey("spki", toArrayBuffer(spkiOfCertificate(chain[0]!)), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    try {
      await flattenedVerify({ protected: encodedHeader, payload: encodedPayload || toBase64Url(payload), signature: encodedSignature }, key, { algorithms: ["ES256"] });
    } catch {
      return { ok: false, reason: "The JWS signature does not verify" };
    }
    return { ok: true, kid: leafKid, payload: new Uint8Array(payload), signer: verdict.leaf, typ: typeof header.typ === "string" ? header.typ : undefined };
  } catch (error) {
    return { ok: false, reason: `JWS check failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
