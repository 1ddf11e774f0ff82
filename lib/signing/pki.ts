/**
 * First-start PKI: a municipality root CA and the seal certificates issued under it
 * (ECDSA P-256, @peculiar/x509 on WebCrypto). See shared research, signing §3.5.
 */
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { toArrayBuffer } from "./bytes";
import { keyIdOf } from "./signer";

export { describeCertificate, type CertInfo } from "./certificate-info";

/** A generated key with its certificate. The private key is unencrypted PKCS#8: encrypt before storing. */
export type IssuedKey = {
  certDer: Uint8Array;
  pkcs8Der: Uint8Array;
  kid: string;
  notBefore: Date;
  notAfter: Date;
};

/** What a seal certificate is for; it becomes the certificate's OU. */
export type SealPurpose = "receipt-seal" | "submission-seal";

const P256 = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;

/** EKUs NSS/poppler and Adobe accept for document signatures (signing research, pitfall 6). */
export const SEAL_EXTENDED_KEY_USAGES = [
  "1.3.6.1.5.5.7.3.4", // emailProtection (NSS refuses documentSigning alone)
  "1.3.6.1.5.5.7.3.36", // id-kp-documentSigning (RFC 9336)
  "1.3.6.1.4.1.311.10.3.12", // Microsoft Document Signing
] as const;

const PURPOSE_LABELS: Record<SealPurpose, string> = {
  "receipt-seal": "Receipt seal (UPO)",
  "submission-seal": "Submission seal",
};

const cryptoProvider = globalThis.crypto;

function randomSerialHex(): string {
  const bytes = cryptoProvider.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01; // positive and without a leading zero octet
  return Buffer.from(bytes).toString("hex");
}

function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

/** Whole seconds: X.509 times carry no fractions, so the returned dates match the certificate. */
function truncateToSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

async function generateKeyPair(): Promise<CryptoKeyPair> {
  return cryptoProvider.subtle.generateKey(P256, true, ["sign", "verify"]);
}

async function toIssuedKey(cert: x509.X509Certificate, privateKey: CryptoKey): Promise<IssuedKey> {
  const certDer = new Uint8Array(cert.rawData);
  return {
    certDer,
    pkcs8Der: new Uint8Array(await cryptoProvider.subtle.exportKey("pkcs8", privateKey)),
    kid: keyIdOf(certDer),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}

/** Creates a self-signed root CA: P-256, 20 years, CA:true with pathLen 0, keyCertSign + cRLSign. */
export async function createRootCa(options: { commonName: string; organization?: string; now: Date }): Promise<IssuedKey> {
  const keys = await generateKeyPair();
  const notBefore = truncateToSecond(options.now);
  const name: x509.JsonName = [{ C: ["PL"] }];
  if (options.organization) name.push({ O: [options.organization] });
  name.push({ CN: [options.commonName] });
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerialHex(),
      name,
      notBefore,
      notAfter: addYears(notBefore, 20),
      signingAlgorithm: P256,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, cryptoProvider),
      ],
    },
    cryptoProvider,
  );
  return toIssuedKey(cert, keys.privateKey);
}

/**
 * Issues a seal certificate under `root`: P-256, KU digitalSignature + nonRepudiation (critical),
 * EKU emailProtection + documentSigning + MS Document Signing, 5 years unless `years` is given.
 */
export async function issueSealCertificate(
  root: Pick<IssuedKey, "certDer" | "pkcs8Der">,
  options: { commonName: string; organization: string; purpose: SealPurpose; now: Date; years?: number },
): Promise<IssuedKey> {
  const rootCert = new x509.X509Certificate(toArrayBuffer(root.certDer));
  const rootKey = await cryptoProvider.subtle.importKey("pkcs8", toArrayBuffer(root.pkcs8Der), P256, false, ["sign"]);
  const keys = await generateKeyPair();
  const notBefore = truncateToSecond(options.now);
  const notAfter = addYears(notBefore, options.years ?? 5);
  if (notAfter > rootCert.notAfter) throw new Error("The seal certificate would outlive the root CA");
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: randomSerialHex(),
      subject: [{ C: ["PL"] }, { O: [options.organization] }, { OU: [PURPOSE_LABELS[options.purpose]] }, { CN: [options.commonName] }],
      issuer: rootCert.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: P256,
      publicKey: keys.publicKey,
      signingKey: rootKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
        new x509.ExtendedKeyUsageExtension([...SEAL_EXTENDED_KEY_USAGES], false),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, cryptoProvider),
        await x509.AuthorityKeyIdentifierExtension.create(rootCert, false, cryptoProvider),
      ],
    },
    cryptoProvider,
  );
  return toIssuedKey(cert, keys.privateKey);
}

/** The EKU of a time-stamping unit: id-kp-timeStamping only, and critical (RFC 3161 §2.3). */
export const TSA_EXTENDED_KEY_USAGE = "1.3.6.1.5.5.7.3.8";

/**
 * Issues a time-stamping (TSA) certificate under `root`: P-256, KU digitalSignature (critical),
 * EKU id-kp-timeStamping only and critical (RFC 3161 §2.3), 5 years unless `years` is given.
 * For the development/test TSA in local-tsa.ts; a production TSA is an external service.
 */
export async function issueTsaCertificate(
  root: Pick<IssuedKey, "certDer" | "pkcs8Der">,
  options: { commonName: string; organization?: string; now: Date; years?: number },
): Promise<IssuedKey> {
  const rootCert = new x509.X509Certificate(toArrayBuffer(root.certDer));
  const rootKey = await cryptoProvider.subtle.importKey("pkcs8", toArrayBuffer(root.pkcs8Der), P256, false, ["sign"]);
  const keys = await generateKeyPair();
  const notBefore = truncateToSecond(options.now);
  const notAfter = addYears(notBefore, options.years ?? 5);
  if (notAfter > rootCert.notAfter) throw new Error("The TSA certificate would outlive the root CA");
  const subject: x509.JsonName = [{ C: ["PL"] }];
  if (options.organization) subject.push({ O: [options.organization] });
  subject.push({ OU: ["Time-stamping unit"] }, { CN: [options.commonName] });
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: randomSerialHex(),
      subject,
      issuer: rootCert.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: P256,
      publicKey: keys.publicKey,
      signingKey: rootKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([TSA_EXTENDED_KEY_USAGE], true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, cryptoProvider),
        await x509.AuthorityKeyIdentifierExtension.create(rootCert, false, cryptoProvider),
      ],
    },
    cryptoProvider,
  );
  return toIssuedKey(cert, keys.privateKey);
}

/** DER certificate → PEM ("-----BEGIN CERTIFICATE-----", 64-character lines). */
export function certificateToPem(der: Uint8Array): string {
  const body = Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** PEM → DER of the first PEM block (BEGIN/END labels must match). Throws on anything else. */
export function pemToDer(pem: string): Uint8Array {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!match) throw new Error("No PEM block found");
  const body = match[2]!.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new Error("The PEM block is not valid base64");
  return new Uint8Array(Buffer.from(body, "base64"));
}
