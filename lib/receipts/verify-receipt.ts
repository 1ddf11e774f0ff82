/**
 * Verifies a receipt PDF offline: the PAdES seal (whole file covered, digest, signature, chain to
 * a trusted root), then the `upo.json` it carries (exactly canonical, a receipt of this portal).
 * Shared by the /verify page and `npm run verify-receipt`. Never throws on bad input.
 */
import type { ReceiptJson } from "@/lib/signing/receipt-types";
import { readEmbeddedFile } from "@/lib/signing/pdf-embedded-files";
import { verifyPdfSeal } from "@/lib/signing/verify-pdf";
import { parseCanonical, sha256Hex } from "@/lib/submissions/canonical-json";

export type ReceiptFailure =
  | "not-a-pdf"
  | "not-a-receipt"
  | "truncated"
  | "tampered"
  | "untrusted"
  | "malformed";

export type ReceiptVerdict =
  | {
      ok: true;
      receipt: ReceiptJson;
      /** SHA-256 of upo.json: what the server's record holds. */
      receiptSha256: string;
      seal: { kid: string; subject: string; issuer: string; signingTime: string | null; timestampTime: string | null; level: string };
    }
  | { ok: false; failure: ReceiptFailure; detail: string };

const sealFailures: Record<string, ReceiptFailure> = {
  "not-a-pdf": "not-a-pdf",
  "no-signature": "not-a-receipt",
  truncated: "truncated",
  "byte-range": "tampered",
  "not-whole-file": "tampered",
  "digest-mismatch": "tampered",
  "bad-signature": "tampered",
  "ess-mismatch": "tampered",
  untrusted: "untrusted",
  malformed: "malformed",
  "bad-timestamp": "tampered",
};

export async function verifyReceiptPdf(bytes: Uint8Array, trustedRoots: Uint8Array[], options: { timestampRoots?: Uint8Array[] } = {}): Promise<ReceiptVerdict> {
  try {
    const seal = await verifyPdfSeal(bytes, trustedRoots, options);
    if (!seal.ok) return { ok: false, failure: sealFailures[seal.code] ?? "malformed", detail: seal.message };
    const embedded = await readEmbeddedFile(bytes, "upo.json");
    if (!embedded) return { ok: false, failure: "not-a-receipt", detail: "the sealed PDF carries no upo.json" };
    let receipt: ReceiptJson;
    try {
      receipt = parseCanonical(embedded) as unknown as ReceiptJson;
    } catch (error) {
      return { ok: false, failure: "tampered", detail: `upo.json: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!receipt || typeof receipt !== "object" || receipt.type !== "urn:okienko:upo:v1") {
      return { ok: false, failure: "not-a-receipt", detail: "upo.json is not an Okienko receipt" };
    }
    return {
      ok: true,
      receipt,
      receiptSha256: sha256Hex(embedded),
      seal: {
        kid: seal.kid,
        subject: seal.signer.subject,
        issuer: seal.signer.issuer,
        signingTime: seal.signingTime?.toISOString() ?? null,
        timestampTime: seal.timestampTime?.toISOString() ?? null,
        level: seal.level,
      },
    };
  } catch (error) {
    return { ok: false, failure: "malformed", detail: error instanceof Error ? error.message : String(error) };
  }
}
