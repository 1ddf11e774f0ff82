/** Parsing X.509 certificates (pkijs) and describing them for people and logs. */
import * as pkijs from "pkijs";
import { sha256, toArrayBuffer, toBase64Url, toHex } from "./bytes";
import { strictDerLength } from "./der";

/** What a verifier or an admin page shows about a certificate. */
export type CertInfo = {
  /** Distinguished name in encoded order, e.g. "C=PL, O=Gmina Przykładowa, CN=Pieczęć UPO". */
  subject: string;
  issuer: string;
  /** Lowercase hex, without a DER sign byte. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** base64url SHA-256 of the DER (= x5t#S256). */
  kid: string;
  /** Lowercase hex SHA-256 of the DER, as certificate viewers show it. */
  sha256Fingerprint: string;
};

const NAME_LABELS: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.4": "SN",
  "2.5.4.5": "serialNumber",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.42": "G",
  "2.5.4.97": "organizationIdentifier",
  "1.2.840.113549.1.9.1": "E",
};

/** Parses one DER certificate; throws when it is not exactly one well-formed certificate. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  if (strictDerLength(der) !== der.length) throw new Error("Certificate is not a single DER element");
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/** A certificate together with its exact DER bytes. */
export type ParsedCertificate = { cert: pkijs.Certificate; der: Uint8Array };

const parsedCache = new Map<string, pkijs.Certificate>();

/**
 * parseCertificate with a small content-keyed cache, for certificates seen again and again
 * (pinned roots). pkijs parsing costs ≈1 ms per certificate. Callers must not mutate the result.
 */
export function parseCertificateCached(der: Uint8Array): pkijs.Certificate {
  const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("base64");
  let cert = parsedCache.get(key);
  if (!cert) {
    cert = parseCertificate(der);
    if (parsedCache.size >= 64) parsedCache.delete(parsedCache.keys().next().value!);
    parsedCache.set(key, cert);
  }
  return cert;
}

/** The DER SubjectPublicKeyInfo of a certificate (for WebCrypto `importKey("spki")`). */
export function spkiOfCertificate(der: Uint8Array): Uint8Array {
  return new Uint8Array(parseCertificate(der).subjectPublicKeyInfo.toSchema().toBER());
}

/** Formats a pkijs Name as "TYPE=value, …" in encoded order (RFC 4514 escaping of , + " \ < > ;). */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => {
      const label = NAME_LABELS[tv.type] ?? tv.type;
      const raw = (tv.value.valueBlock as { value?: unknown }).value;
      const value = typeof raw === "string" ? raw : "#" + toHex(new Uint8Array(tv.value.toBER()));
      return `${label}=${value.replace(/([,+"\\<>;])/g, "\\$1")}`;
    })
    .join(", ");
}

/** Serial number as lowercase hex without the DER sign byte. */
export function serialHex(cert: pkijs.Certificate): string {
  const hex = toHex(cert.serialNumber.valueBlock.valueHexView);
  return hex.length > 2 && hex.startsWith("00") ? hex.slice(2) : hex;
}

/** Describes an already parsed certificate; `der` must be its encoding. */
export function certInfoOf(cert: pkijs.Certificate, der: Uint8Array): CertInfo {
  const digest = sha256(der);
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serialNumber: serialHex(cert),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    kid: toBase64Url(digest),
    sha256Fingerprint: toHex(digest),
  };
}

/** Describes a DER certificate (subject, issuer, serial, validity, kid, fingerprint). */
export function describeCertificate(der: Uint8Array): CertInfo {
  return certInfoOf(parseCertificate(der), der);
}
