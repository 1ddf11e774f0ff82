/**
 * The official receipt (UPO) as data. Its RFC 8785 canonical bytes are what is hashed, sealed
 * (PAdES on the PDF that carries them as `upo.json`, and a detached JWS), and chained per office.
 * Field names follow ePUAP's UPP where one exists (see shared research, signing §3.3).
 */
export type Digest = { alg: "sha-256"; value: string /* lowercase hex */ };

export type ReceiptAttachment = { name: string; mediaType: string; size: number; sha256: string };

export type ReceiptJson = {
  type: "urn:okienko:upo:v1";
  /** IdentyfikatorPoswiadczenia, e.g. "UPO/2026/000123/4f2a". */
  receiptId: string;
  /** DataDoreczenia: the legal start of the case (ISO 8601, UTC). */
  receivedAt: string;
  /** DataWytworzeniaPoswiadczenia (ISO 8601, UTC). */
  issuedAt: string;
  /** Adresat. */
  office: { id: string; name: string };
  /** Nadawca: the verified identity that signed the submission. */
  sender: { name: string; pesel?: string; identityProvider: string; levelOfAssurance: string };
  service: { id: string; name: string; formVersion: number };
  caseNumber: string;
  submission: {
    id: string;
    contentDigest: { alg: "sha-256"; c14n: "rfc8785"; value: string };
    /** SHA-256 of the sealed signature object (JWS) confirming the resident's signature. */
    signatureDigest: string;
    signatureType: "portal-confirmed-code";
    attachments: ReceiptAttachment[];
  };
  /** Append-only chain per office: the previous receipt's SHA-256 (null for the first). */
  ledger: { seq: number; prevHash: string | null };
  verify: { url: string };
};
