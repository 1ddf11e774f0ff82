/**
 * PAdES-B-B sealing of pdf-lib documents (signing research §3.4, path B): an invisible signature
 * field with an ETSI.CAdES.detached placeholder, saved without object streams, then filled by
 * @signpdf/signpdf with the CMS from buildCadesDetached.
 */
import { PDFDocument } from "pdf-lib";
import * as placeholderModule from "@signpdf/placeholder-pdf-lib";
import * as signpdfModule from "@signpdf/signpdf";
import { Signer as SignPdfSigner, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { sha256 } from "./bytes";
import { buildCadesDetached } from "./cades";
import { pdfLiteralTextBody } from "./pdf-text";
import type { Signer } from "./signer";

/**
 * Bytes reserved for the CMS inside /Contents (written as hex, so the file grows by twice this).
 * Our P-256 CMS with a two-certificate chain is ≈1.3 KB; the rest leaves room for a TSA token.
 */
export const SIGNATURE_RESERVE_BYTES = 8192;

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
  constructor(private readonly signer: Signer) {
    super();
  }

  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const cms = await buildCadesDetached({ contentDigest: sha256(pdfBuffer), signer: this.signer });
    return Buffer.from(cms);
  }
}

/**
 * Seals `doc` (which must not be changed afterwards) and returns the PDF bytes. The signature field
 * is invisible (rect [0 0 0 0]) on the first page. `meta.signingTime` becomes /M.
 */
export async function sealPdf(doc: PDFDocument, signer: Signer, meta: SealMeta): Promise<Uint8Array> {
  if (doc.getPageCount() === 0) throw new Error("Cannot seal a PDF without pages");
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: pdfLiteralTextBody(meta.reason),
    name: pdfLiteralTextBody(meta.name),
    location: pdfLiteralTextBody(meta.location),
    contactInfo: pdfLiteralTextBody(meta.contactInfo ?? ""),
    signingTime: meta.signingTime,
    signatureLength: SIGNATURE_RESERVE_BYTES * 2,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: [0, 0, 0, 0],
    appName: "Okienko",
  });
  const unsigned = await doc.save({ useObjectStreams: false });
  const signed = await signpdf.sign(Buffer.from(unsigned.buffer, unsigned.byteOffset, unsigned.byteLength), new CadesPdfSigner(signer));
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

/** Loads PDF bytes with pdf-lib and seals them (see sealPdf). */
export async function sealPdfBytes(bytes: Uint8Array, signer: Signer, meta: SealMeta): Promise<Uint8Array> {
  return sealPdf(await PDFDocument.load(bytes, { updateMetadata: false }), signer, meta);
}
