/**
 * PAdES sealing of pdf-lib documents (signing research §3.4, path B): an invisible signature
 * field with an ETSI.CAdES.detached placeholder, saved without object streams, then filled by
 * @signpdf/signpdf with the CMS from buildCades. PAdES-B-B, or PAdES-B-T when a `timestamp`
 * callback is given and delivers a usable token (best effort: otherwise B-B, and the result says why).
 */
import { PDFDocument } from "pdf-lib";
import * as placeholderModule from "@signpdf/placeholder-pdf-lib";
import * as signpdfModule from "@signpdf/signpdf";
import { Signer as SignPdfSigner, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { sha256 } from "./bytes";
import { buildCades, type CadesResult, type TimestampCallback } from "./cades";
import { pdfLiteralTextBody } from "./pdf-text";
import type { Signer } from "./signer";

/**
 * Bytes reserved for the CMS inside /Contents (written as hex, so the file grows by twice this).
 * Our P-256 CMS with a two-certificate chain is ≈1.3 KB.
 */
export const SIGNATURE_RESERVE_BYTES = 8192;

/**
 * The reserve when a time-stamp is requested. A token from our local TSA adds ≈1 KB, but tokens
 * of external TSAs (RSA keys, certificate chains) reach 5–8 KB (signing research, pitfall 12).
 * A token that still does not fit is dropped (B-B), never a failed seal.
 */
export const TIMESTAMPED_SIGNATURE_RESERVE_BYTES = 16384;

/** The PAdES baseline level of a seal. */
export type PadesLevel = "PAdES-B-B" | "PAdES-B-T";

/** Optional sealing behaviour. */
export type SealOptions = {
  /** Makes the seal PAdES-B-T when it yields a token (see TimestampCallback, tsa-config.ts). */
  timestamp?: TimestampCallback;
};

/** A sealed PDF and the level it reached. */
export type SealResult = {
  pdf: Uint8Array;
  level: PadesLevel;
  /** Why a requested time-stamp was not added (the seal is then B-B); absent otherwise. */
  timestampFailure?: string;
};

/** What the signature dictionary says: who, why, where, and the claimed time (/M). */
export type SealMeta = { reason: string; name: string; location: string; contactInfo?: string; signingTime: Date };

type PlaceholderApi = typeof import("@signpdf/placeholder-pdf-lib");
type SignPdfApi = { sign(pdf: Buffer, signer: SignPdfSigner): Promise<Buffer> };

// CommonJS packages seen from ESM: the API may sit on `default` (signing research, pitfall 8).
const { pdflibAddPlaceholder } = ((placeholderModule as { default?: PlaceholderApi }).default ?? placeholderModule) as PlaceholderApi;
const signpdfExports = signpdfModule as unknown as { default?: SignPdfApi | { default?: SignPdfApi } };
const signpdf: SignPdfApi = (() => {
  const first = signpdfExports.default as (SignPdfApi & { default?: SignPdfApi }) | undefined;
  const candidate = first && typeof first.sign === "function" ? first : first?.default;
  if (!candidate || typeof candidate.sign !== "function") throw new Error("@signpdf/signpdf: sign() not found");
  return candidate;
})();

/** Bridges @signpdf's signer contract (bytes outside the placeholder → CMS) to our Signer. */
class CadesPdfSigner extends SignPdfSigner {
  result: CadesResult | null = null;

  constructor(
    private readonly signer: Signer,
    private readonly reserveBytes: number,
    private readonly timestamp: TimestampCallback | undefined,
  ) {
    super();
  }

  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const result = await buildCades({ contentDigest: sha256(pdfBuffer), signer: this.signer, timestamp: this.timestamp, maxBytes: this.reserveBytes });
    if (result.cms.length > this.reserveBytes) {
      throw new Error(`The CMS signature (${result.cms.length} bytes) exceeds the ${this.reserveBytes}-byte placeholder reserve`);
    }
    this.result = result;
    return Buffer.from(result.cms);
  }
}

/**
 * Seals `doc` (which must not be changed afterwards) and reports the level reached. The signature
 * field is invisible (rect [0 0 0 0]) on the first page. `meta.signingTime` becomes /M.
 * A failing or slow time-stamp never fails the seal: the result is then B-B with `timestampFailure`.
 */
export async function sealPdfWithLevel(doc: PDFDocument, signer: Signer, meta: SealMeta, options: SealOptions = {}): Promise<SealResult> {
  if (doc.getPageCount() === 0) throw new Error("Cannot seal a PDF without pages");
  const reserveBytes = options.timestamp ? TIMESTAMPED_SIGNATURE_RESERVE_BYTES : SIGNATURE_RESERVE_BYTES;
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: pdfLiteralTextBody(meta.reason),
    name: pdfLiteralTextBody(meta.name),
    location: pdfLiteralTextBody(meta.location),
    contactInfo: pdfLiteralTextBody(meta.contactInfo ?? ""),
    signingTime: meta.signingTime,
    signatureLength: reserveBytes * 2,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: [0, 0, 0, 0],
    appName: "Okienko",
  });
  const unsigned = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }); // no event-loop yields: a receipt is a few dozen objects
  const cadesSigner = new CadesPdfSigner(signer, reserveBytes, options.timestamp);
  const signed = await signpdf.sign(Buffer.from(unsigned.buffer, unsigned.byteOffset, unsigned.byteLength), cadesSigner);
  const result = cadesSigner.result!;
  return {
    pdf: new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength),
    level: result.timestamped ? "PAdES-B-T" : "PAdES-B-B",
    ...(result.timestampFailure !== undefined && { timestampFailure: result.timestampFailure }),
  };
}

/** Seals `doc` and returns the PDF bytes (see sealPdfWithLevel). */
export async function sealPdf(doc: PDFDocument, signer: Signer, meta: SealMeta, options: SealOptions = {}): Promise<Uint8Array> {
  return (await sealPdfWithLevel(doc, signer, meta, options)).pdf;
}

/** Loads PDF bytes with pdf-lib and seals them (see sealPdfWithLevel). */
export async function sealPdfBytes(bytes: Uint8Array, signer: Signer, meta: SealMeta, options: SealOptions = {}): Promise<Uint8Array> {
  return sealPdf(await PDFDocument.load(bytes, { updateMetadata: false }), signer, meta, options);
}
