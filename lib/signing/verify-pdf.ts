/**
 * Verification of a sealed PDF (signing research §3.7, checks 1–5): the last signature's
 * /ByteRange and /Contents, whole-file coverage, the CAdES messageDigest, the ECDSA signature,
 * ESS signing-certificate-v2, a signature time-stamp token if present (PAdES-B-T: TSA signature,
 * TSA chain to a pinned root, imprint = SHA-256 of the signature value), and the chain to a
 * pinned root at the time-stamp's genTime, or else at the claimed signing time (/M).
 * Strict on purpose: the bytes of /Contents are not covered by the digest, so they must be the
 * one canonical encoding (DER, zero padding, single-case hex); any change to the file fails.
 * Never throws: every input yields a verdict.
 */
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { bytesEqual, sha256, toArrayBuffer } from "./bytes";
import type { CertInfo, ParsedCertificate } from "./certificate-info";
import { orderCertificatePath, verifyParsedChain } from "./chain";
import { ecdsaDerToRaw, strictDerLength } from "./der";
import { OID } from "./oids";
import { TimestampTokenError, verifyTimestampToken, type TimestampTokenInfo } from "./timestamp-token";
import { parsePdfValue, pdfText, type PdfValue } from "./pdf-object-parser";
import { parsePdfDate } from "./pdf-text";

/** The outcome of verifyPdfSeal. Messages are English and technical (for logs and the verify page's details). */
export type PdfSealVerdict =
  | {
      ok: true;
      kid: string;
      signer: CertInfo;
      /** The claimed time (/M); null when absent. For B-B the chain was checked at this time (or now). */
      signingTime: Date | null;
      level: "PAdES-B-B" | "PAdES-B-T";
      /** B-T only: the time-stamp's genTime, at which the signer's chain was checked; null for B-B. */
      timestampTime: Date | null;
      reason?: string;
      location?: string;
      name?: string;
    }
  | { ok: false; code: PdfSealFailure; message: string };

/** Why a PDF seal did not verify. */
export type PdfSealFailure =
  | "not-a-pdf"
  | "no-signature"
  | "truncated"
  | "byte-range"
  | "not-whole-file"
  | "digest-mismatch"
  | "bad-signature"
  | "ess-mismatch"
  | "untrusted"
  | "malformed"
  /**
   * The signature time-stamp token (unsigned attribute id-aa-signatureTimeStampToken) is broken:
   * not DER, not a TSTInfo, its TSA signature or ESS binding fails, the imprint is not SHA-256 of
   * the signature value, or the TSA certificate lacks the critical id-kp-timeStamping EKU.
   * (A TSA certificate that does not chain to a trusted root is "untrusted".)
   */
  | "bad-timestamp";

class Failure extends Error {
  constructor(
    readonly code: PdfSealFailure,
    message: string,
  ) {
    super(message);
  }
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF_HEADER = ascii("%PDF-");
const EOF_MARKER = ascii("%%EOF");
const BYTE_RANGE = ascii("/ByteRange");

function lastIndexOf(bytes: Uint8Array, pattern: Uint8Array, before = bytes.length): number {
  outer: for (let i = Math.min(before, bytes.length - pattern.length); i >= 0; i--) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, pattern: Uint8Array, at = 0): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let j = 0; j < pattern.length; j++) if (bytes[at + j] !== pattern[j]) return false;
  return true;
}

/** The file must end with %%EOF, optionally followed by one end-of-line. */
function endsWithEof(bytes: Uint8Array): boolean {
  let end = bytes.length;
  if (bytes[end - 1] === 0x0a) end--;
  if (bytes[end - 1] === 0x0d) end--;
  return end >= EOF_MARKER.length && startsWith(bytes, EOF_MARKER, end - EOF_MARKER.length);
}

/** Finds the dictionary that holds the /ByteRange key at `keyPos` as a top-level entry. */
function signatureDictionaryAt(bytes: Uint8Array, keyPos: number): Extract<PdfValue, { kind: "dict" }> | null {
  let candidate = keyPos;
  for (let attempts = 0; attempts < 16; attempts++) {
    candidate = lastIndexOf(bytes, ascii("<<"), candidate - 1);
    if (candidate < 0 || keyPos - candidate > 65_536) return null;
    const value = parsePdfValue(bytes, candidate);
    if (value?.kind === "dict" && value.entries.get("ByteRange")?.keyStart === keyPos) return value;
  }
  return null;
}

/** Decodes the /Contents hex digits strictly: hex only, even length, one letter case. */
function decodeContentsHex(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const length = end - start;
  if (length === 0 || length % 2 !== 0) throw new Failure("malformed", "/Contents must hold an even, non-zero number of hex digits");
  let lower = false;
  let upper = false;
  const out = new Uint8Array(length / 2);
  for (let i = 0; i < length; i++) {
    const c = bytes[start + i]!;
    let v: number;
    if (c >= 0x30 && c <= 0x39) v = c - 0x30;
    else if (c >= 0x61 && c <= 0x66) {
      v = c - 0x57;
      lower = true;
    } else if (c >= 0x41 && c <= 0x46) {
      v = c - 0x37;
      upper = true;
    } else throw new Failure("malformed", `/Contents holds a non-hex byte 0x${c.toString(16)} at offset ${start + i}`);
    out[i >> 1] = i % 2 === 0 ? v << 4 : out[i >> 1]! | v;
  }
  if (lower && upper) throw new Failure("malformed", "/Contents mixes upper- and lowercase hex digits");
  return out;
}

/** Splits the decoded /Contents into the DER CMS and checks that only zero padding follows. */
function cmsFromContents(contents: Uint8Array): Uint8Array {
  const length = strictDerLength(contents);
  if (length === null) throw new Failure("malformed", "/Contents does not start with a DER-encoded CMS structure");
  for (let i = length; i < contents.length; i++) {
    if (contents[i] !== 0) throw new Failure("malformed", "/Contents has non-zero bytes after the CMS structure");
  }
  return contents.subarray(0, length);
}

type ParsedCms = { signerInfo: pkijs.SignerInfo; leaf: ParsedCertificate; others: ParsedCertificate[] };

const derOf = (value: { toSchema(): asn1js.AsnType }) => new Uint8Array(value.toSchema().toBER());

function parseCms(der: Uint8Array): ParsedCms {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
    if (contentInfo.contentType !== OID.signedData) throw new Error("not SignedData");
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw new Failure("malformed", `The CMS is not a SignedData structure (${error instanceof Error ? error.message : String(error)})`);
  }
  // pkijs skips elements its schema does not know; re-encoding must reproduce the input exactly.
  const reencoded = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER();
  if (!bytesEqual(new Uint8Array(reencoded), der)) throw new Failure("malformed", "The CMS has elements outside the CMS schema or a non-canonical encoding");
  if (signedData.version !== 1) throw new Failure("malformed", `SignedData version ${signedData.version}, expected 1`);
  if (signedData.encapContentInfo.eContentType !== OID.data || signedData.encapContentInfo.eContent) {
    throw new Failure("malformed", "The CMS is not a detached signature over id-data");
  }
  if (signedData.crls?.length) throw new Failure("malformed", "The CMS carries revocation data, which this verifier does not support");
  if (signedData.signerInfos.length !== 1) throw new Failure("malformed", `Expected one SignerInfo, found ${signedData.signerInfos.length}`);
  const signerInfo = signedData.signerInfos[0]!;
  if (signerInfo.version !== 1 || !(signerInfo.sid instanceof pkijs.IssuerAndSerialNumber)) {
    throw new Failure("malformed", "SignerInfo must be version 1 with issuerAndSerialNumber");
  }
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256 || signerInfo.digestAlgorithm.algorithmParams !== undefined) {
    throw new Failure("malformed", `Unsupported digest algorithm ${signerInfo.digestAlgorithm.algorithmId}`);
  }
  const digestAlgorithms = signedData.digestAlgorithms;
  if (digestAlgorithms.length !== 1 || digestAlgorithms[0]!.algorithmId !== OID.sha256 || digestAlgorithms[0]!.algorithmParams !== undefined) {
    throw new Failure("malformed", "SignedData.digestAlgorithms must be exactly SHA-256");
  }
  if (signerInfo.signatureAlgorithm.algorithmId !== OID.ecdsaWithSha256 || signerInfo.signatureAlgorithm.algorithmParams !== undefined) {
    throw new Failure("malformed", `Unsupported signature algorithm ${signerInfo.signatureAlgorithm.algorithmId}`);
  }

  const certs: ParsedCertificate[] = [];
  for (const item of signedData.certificates ?? []) {
    if (!(item instanceof pkijs.Certificate)) throw new Failure("malformed", "The CMS carries a non-X.509 certificate");
    certs.push({ cert: item, der: new Uint8Array(item.toSchema(false).toBER()) });
  }
  // Exact DER comparison: pkijs' Name.isEqual ignores case and string types, and sid is unsigned.
  const sidIssuer = derOf(signerInfo.sid.issuer);
  const sidSerial = new Uint8Array(signerInfo.sid.serialNumber.toBER());
  const signer = certs.find(
    ({ cert }) => bytesEqual(derOf(cert.issuer), sidIssuer) && bytesEqual(new Uint8Array(cert.serialNumber.toBER()), sidSerial),
  );
  if (!signer) throw new Failure("malformed", "The signer's certificate is not in the CMS");
  return { signerInfo, leaf: signer, others: certs.filter((c) => c !== signer) };
}

/** The single value of a signed attribute; throws when it is missing, repeated or multi-valued. */
function singleAttribute(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType {
  const matches = signerInfo.signedAttrs?.attributes.filter((a) => a.type === type) ?? [];
  if (matches.length !== 1 || matches[0]!.values.length !== 1) {
    throw new Failure("malformed", `Signed attribute ${type} must be present exactly once with one value`);
  }
  return matches[0]!.values[0] as asn1js.AsnType;
}

function checkEssCertificate(signerInfo: pkijs.SignerInfo, leaf: pkijs.Certificate, leafDer: Uint8Array): void {
  const value = singleAttribute(signerInfo, OID.signingCertificateV2);
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) throw new Failure("ess-mismatch", "signing-certificate-v2 has no ESSCertIDv2");
  const parts = [...first.valueBlock.value];
  if (parts[0] instanceof asn1js.Sequence) {
    const algorithm = new pkijs.AlgorithmIdentifier({ schema: parts.shift() });
    if (algorithm.algorithmId !== OID.sha256) throw new Failure("ess-mismatch", `ESSCertIDv2 uses ${algorithm.algorithmId}, only SHA-256 is supported`);
  }
  const hash = parts.shift();
  if (!(hash instanceof asn1js.OctetString) || !bytesEqual(hash.valueBlock.valueHexView, sha256(leafDer))) {
    throw new Failure("ess-mismatch", "signing-certificate-v2 does not match the signer certificate");
  }
  const issuerSerialSchema = parts.shift();
  if (issuerSerialSchema) {
    const issuerSerial = new pkijs.IssuerSerial({ schema: issuerSerialSchema });
    const name = issuerSerial.issuer.names[0];
    const matches =
      issuerSerial.issuer.names.length === 1 &&
      name?.type === 4 &&
      (name.value as pkijs.RelativeDistinguishedNames).isEqual(leaf.issuer) &&
      issuerSerial.serialNumber.isEqual(leaf.serialNumber);
    if (!matches) throw new Failure("ess-mismatch", "signing-certificate-v2 issuerSerial does not match the signer certificate");
  }
}

async function checkSignature(signerInfo: pkijs.SignerInfo, leaf: pkijs.Certificate): Promise<void> {
  const spki = leaf.subjectPublicKeyInfo;
  const curve = spki.algorithm.algorithmParams;
  if (spki.algorithm.algorithmId !== OID.ecPublicKey || !(curve instanceof asn1js.ObjectIdentifier) || curve.valueBlock.toString() !== OID.p256) {
    throw new Failure("bad-signature", "The signer certificate does not hold an ECDSA P-256 key");
  }
  const raw = ecdsaDerToRaw(signerInfo.signature.valueBlock.valueHexView, 32);
  if (!raw) throw new Failure("bad-signature", "The signature value is not a DER ECDSA signature");
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey("spki", spki.toSchema().toBER(), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  const signedBytes = signerInfo.signedAttrs!.encodedValue; // the original bytes, retagged as SET by pkijs
  if (!(await subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, toArrayBuffer(raw), signedBytes))) {
    throw new Failure("bad-signature", "The signature does not verify with the signer certificate's key");
  }
}

/** Orders the CMS certificates as a path from the leaf; unrelated extra certificates are refused. */
function orderChain(leaf: ParsedCertificate, others: ParsedCertificate[]): ParsedCertificate[] {
  const chain = orderCertificatePath(leaf, others);
  if (!chain) throw new Failure("untrusted", "The CMS carries certificates that are not on the signer's path");
  return chain;
}

/**
 * Verifies the signature time-stamp token if the SignerInfo has unsigned attributes; null for B-B.
 * Only one unsigned attribute is accepted: one id-aa-signatureTimeStampToken with one token.
 */
async function checkSignatureTimestamp(signerInfo: pkijs.SignerInfo, trustedRoots: Uint8Array[]): Promise<TimestampTokenInfo | null> {
  const unsigned = signerInfo.unsignedAttrs?.attributes;
  if (!unsigned) return null;
  const [attr, ...rest] = unsigned;
  if (!attr || rest.length > 0 || attr.type !== OID.timeStampToken || attr.values.length !== 1) {
    throw new Failure("malformed", "The only unsigned attribute allowed is one signature time-stamp token (id-aa-signatureTimeStampToken)");
  }
  const token = new Uint8Array((attr.values[0] as asn1js.AsnType).toBER());
  try {
    return await verifyTimestampToken(token, { imprint: sha256(signerInfo.signature.valueBlock.valueHexView), trustedRoots });
  } catch (error) {
    if (error instanceof TimestampTokenError) throw new Failure(error.code, `Signature time-stamp: ${error.message}`);
    throw new Failure("bad-timestamp", `Signature time-stamp: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function verify(bytes: Uint8Array, trustedRoots: Uint8Array[], timestampRoots: Uint8Array[]): Promise<PdfSealVerdict> {
  if (!startsWith(bytes, PDF_HEADER)) throw new Failure("not-a-pdf", "The file does not start with %PDF-");
  if (!endsWithEof(bytes)) throw new Failure("truncated", "The file does not end with %%EOF (truncated or damaged)");
  const keyPos = lastIndexOf(bytes, BYTE_RANGE);
  if (keyPos < 0) throw new Failure("no-signature", "The PDF has no signature (/ByteRange not found)");

  // 1. ByteRange and Contents.
  const dict = signatureDictionaryAt(bytes, keyPos);
  if (!dict) throw new Failure("malformed", "The signature dictionary around the last /ByteRange cannot be parsed");
  const type = dict.entries.get("Type");
  if (type && !(type.kind === "name" && type.name === "Sig")) throw new Failure("malformed", "The signature dictionary is not /Type /Sig");
  const subFilter = dict.entries.get("SubFilter");
  if (subFilter?.kind !== "name" || subFilter.name !== "ETSI.CAdES.detached") {
    throw new Failure("malformed", "Only /SubFilter /ETSI.CAdES.detached (PAdES) signatures are supported");
  }
  const range = dict.entries.get("ByteRange");
  const numbers = range?.kind === "array" ? range.items.map((i) => (i.kind === "number" && i.integer && i.value >= 0 ? i.value : NaN)) : [];
  if (numbers.length !== 4 || numbers.some((n) => !Number.isSafeInteger(n))) {
    throw new Failure("byte-range", "/ByteRange must hold exactly two ranges of non-negative integers");
  }
  const [start1, length1, start2, length2] = numbers as [number, number, number, number];
  if (start1 !== 0) throw new Failure("byte-range", "The first signed range does not start at 0");
  if (start2 <= length1) throw new Failure("byte-range", "The signed ranges overlap or are out of order");
  if (start2 + length2 > bytes.length) throw new Failure("truncated", "The signed ranges extend past the end of the file (truncated)");
  const contents = dict.entries.get("Contents");
  if (contents?.kind !== "string" || !contents.hex || contents.start !== length1 || contents.end !== start2) {
    throw new Failure("byte-range", "The gap between the signed ranges is not exactly the /Contents hex string");
  }
  if (start2 + length2 !== bytes.length) throw new Failure("not-whole-file", "The signature does not cover the whole file (data was appended after signing)");

  // 2. CMS structure.
  const cmsDer = cmsFromContents(decodeContentsHex(bytes, length1 + 1, start2 - 1));
  const { signerInfo, leaf, others } = parseCms(cmsDer);
  const contentType = singleAttribute(signerInfo, OID.contentType);
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) {
    throw new Failure("malformed", "The content-type attribute is not id-data");
  }

  // 3. Digest, signature, ESS.
  const messageDigest = singleAttribute(signerInfo, OID.messageDigest);
  const digest = createHash("sha256").update(bytes.subarray(0, length1)).update(bytes.subarray(start2, start2 + length2)).digest();
  if (!(messageDigest instanceof asn1js.OctetString) || !bytesEqual(messageDigest.valueBlock.valueHexView, digest)) {
    throw new Failure("digest-mismatch", "The signed bytes do not match the messageDigest (the document was changed)");
  }
  await checkSignature(signerInfo, leaf.cert);
  checkEssCertificate(signerInfo, leaf.cert, leaf.der);

  // 4. The signature time-stamp (B-T), if any (research check 5): its genTime replaces /M below.
  const claimed = pdfText(dict.entries.get("M"));
  const signingTime = claimed === undefined ? null : parsePdfDate(claimed);
  if (claimed !== undefined && !signingTime) throw new Failure("malformed", `The signing time /M (${claimed.slice(0, 40)}) is not a PDF date`);
  const timestamp = await checkSignatureTimestamp(signerInfo, timestampRoots);

  // 5. Chain at the time-stamp's genTime, else at the claimed signing time (research check 4).
  const chain = await verifyParsedChain(orderChain(leaf, others), trustedRoots, timestamp?.genTime ?? signingTime ?? new Date());
  if (!chain.ok) throw new Failure("untrusted", timestamp ? `${chain.reason} (checked at the time-stamp's genTime)` : chain.reason);

  return {
    ok: true,
    kid: chain.leaf.kid,
    signer: chain.leaf,
    signingTime,
    level: timestamp ? "PAdES-B-T" : "PAdES-B-B",
    timestampTime: timestamp?.genTime ?? null,
    reason: pdfText(dict.entries.get("Reason")),
    location: pdfText(dict.entries.get("Location")),
    name: pdfText(dict.entries.get("Name")),
  };
}

/**
 * Verifies the last PAdES seal of `bytes` against pinned `trustedRoots` (DER). A time-stamp
 * token's TSA may chain to `trustedRoots` or to the extra `timestampRoots` (an external TSA's
 * root): those vouch for times only, never for a seal. Never throws.
 */
export async function verifyPdfSeal(bytes: Uint8Array, trustedRoots: Uint8Array[], options: { timestampRoots?: Uint8Array[] } = {}): Promise<PdfSealVerdict> {
  try {
    return await verify(bytes, trustedRoots, [...trustedRoots, ...(options.timestampRoots ?? [])]);
  } catch (error) {
    if (error instanceof Failure) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: "malformed", message: `Unexpected structure: ${error instanceof Error ? error.message : String(error)}` };
  }
}
