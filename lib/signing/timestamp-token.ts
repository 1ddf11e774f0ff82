/**
 * RFC 3161 TimeStampToken checks, shared by the TSA client (before a token is embedded), the
 * CAdES builder (sanity check) and the PDF verifier (PAdES-B-T, signing research §3.7 check 5):
 * strict DER, a TSTInfo inside SignedData, the TSA's signature over it (ECDSA P-256/384/521 or
 * RSA PKCS#1 v1.5 with SHA-256/384/512), ESS signing-certificate(-v2) naming the TSA certificate,
 * EKU id-kp-timeStamping as the only and critical EKU, the message imprint, and optionally the
 * TSA's chain to a pinned root at genTime.
 */
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { bytesEqual, toArrayBuffer, toHex } from "./bytes";
import { certInfoOf, type CertInfo, type ParsedCertificate } from "./certificate-info";
import { orderCertificatePath, verifyParsedChain } from "./chain";
import { ecdsaDerToRaw, strictDerLength } from "./der";
import { OID } from "./oids";

/**
 * Why a token was refused: "untrusted" when the TSA's certificate path does not reach a pinned
 * root (or carries unrelated certificates), "bad-timestamp" for everything else.
 */
export class TimestampTokenError extends Error {
  constructor(
    readonly code: "bad-timestamp" | "untrusted",
    message: string,
  ) {
    super(message);
    this.name = "TimestampTokenError";
  }
}

/** What a verified token says. */
export type TimestampTokenInfo = {
  /** TSTInfo.genTime: when the TSA saw the imprint. */
  genTime: Date;
  /** TSTInfo.accuracy in milliseconds; null when absent. */
  accuracyMs: number | null;
  /** TSTInfo.serialNumber, lowercase hex. */
  serialNumber: string;
  policy: string;
  /** The content octets of TSTInfo.nonce; null when absent. */
  nonce: Uint8Array | null;
  /** The TSA certificate (the token's signer). */
  tsa: CertInfo;
};

type ParsedToken = {
  signerInfo: pkijs.SignerInfo;
  tstInfo: pkijs.TSTInfo;
  tstInfoDer: Uint8Array;
  tsaCert: ParsedCertificate;
  others: ParsedCertificate[];
};

const HASH_NAMES: Record<string, "SHA-256" | "SHA-384" | "SHA-512"> = {
  [OID.sha256]: "SHA-256",
  [OID.sha384]: "SHA-384",
  [OID.sha512]: "SHA-512",
};
const KNOWN_DIGESTS: ReadonlySet<string> = new Set([OID.sha256, OID.sha384, OID.sha512]);
const NODE_HASH = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" } as const;
const ECDSA_SIGNATURES: Record<string, "SHA-256" | "SHA-384" | "SHA-512"> = {
  [OID.ecdsaWithSha256]: "SHA-256",
  [OID.ecdsaWithSha384]: "SHA-384",
  [OID.ecdsaWithSha512]: "SHA-512",
};
const RSA_SIGNATURES: Record<string, "SHA-256" | "SHA-384" | "SHA-512"> = {
  [OID.sha256WithRsa]: "SHA-256",
  [OID.sha384WithRsa]: "SHA-384",
  [OID.sha512WithRsa]: "SHA-512",
};
const CURVES: Record<string, { name: string; size: number }> = {
  [OID.p256]: { name: "P-256", size: 32 },
  [OID.p384]: { name: "P-384", size: 48 },
  [OID.p521]: { name: "P-521", size: 66 },
};
const KU_DIGITAL_SIGNATURE = 0x80;
const KU_NON_REPUDIATION = 0x40;

const bad = (message: string) => new TimestampTokenError("bad-timestamp", message);
const derOf = (value: { toSchema(): asn1js.AsnType }) => new Uint8Array(value.toSchema().toBER());
const digest = (name: keyof typeof NODE_HASH, data: Uint8Array) => new Uint8Array(createHash(NODE_HASH[name]).update(data).digest());

/** Parameters absent or NULL (both occur for hash and RSA algorithm identifiers in the wild). */
function absentOrNullParams(algorithm: pkijs.AlgorithmIdentifier): boolean {
  const params = algorithm.algorithmParams as asn1js.AsnType | undefined;
  return params === undefined || params instanceof asn1js.Null;
}

function hashOf(algorithm: pkijs.AlgorithmIdentifier, what: string): "SHA-256" | "SHA-384" | "SHA-512" {
  const name = HASH_NAMES[algorithm.algorithmId];
  if (!name || !absentOrNullParams(algorithm)) throw bad(`The time-stamp token's ${what} uses an unsupported algorithm ${algorithm.algorithmId}`);
  return name;
}

function parseToken(der: Uint8Array): ParsedToken {
  if (strictDerLength(der) !== der.length) throw bad("The time-stamp token is not a single DER structure");
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
    if (contentInfo.contentType !== OID.signedData) throw new Error("not SignedData");
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw bad(`The time-stamp token is not a CMS SignedData (${error instanceof Error ? error.message : String(error)})`);
  }
  const reencoded = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER();
  if (!bytesEqual(new Uint8Array(reencoded), der)) throw bad("The time-stamp token has elements outside the CMS schema or a non-canonical encoding");

  const encap = signedData.encapContentInfo;
  if (encap.eContentType !== OID.tstInfo) throw bad(`The time-stamp token's content type is ${encap.eContentType}, not id-ct-TSTInfo`);
  const eContent = encap.eContent;
  // DER: a primitive OCTET STRING (pkijs would write the constructed BER form, signing research pitfall 5).
  if (!eContent || eContent.idBlock.tagClass !== 1 || eContent.idBlock.tagNumber !== 4 || eContent.idBlock.isConstructed) {
    throw bad("The time-stamp token's TSTInfo is not a primitive OCTET STRING");
  }
  if (signedData.crls?.length) throw bad("The time-stamp token carries revocation data, which this verifier does not support");
  if (signedData.signerInfos.length !== 1) throw bad(`The time-stamp token has ${signedData.signerInfos.length} signers, expected one`);

  // Fields outside the TSA's signature must still say exactly what was signed (RFC 5652 §5.1):
  // version 3 for id-ct-TSTInfo content, and the signer's digest algorithm among the known ones listed.
  if (signedData.version !== 3) throw bad(`The time-stamp token's SignedData version is ${signedData.version}, expected 3`);
  const listed = signedData.digestAlgorithms.map((a) => a.algorithmId);
  const signerDigest = signedData.signerInfos[0]!.digestAlgorithm.algorithmId;
  if (!listed.every((id) => KNOWN_DIGESTS.has(id)) || !listed.includes(signerDigest) || new Set(listed).size !== listed.length) {
    throw bad("The time-stamp token's digestAlgorithms do not match its signer");
  }
  const tstInfoDer = new Uint8Array(eContent.valueBlock.valueHexView);
  if (strictDerLength(tstInfoDer) !== tstInfoDer.length) throw bad("The TSTInfo is not a single DER structure");
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = pkijs.TSTInfo.fromBER(toArrayBuffer(tstInfoDer));
  } catch (error) {
    throw bad(`The TSTInfo cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (tstInfo.version !== 1) throw bad(`TSTInfo version ${tstInfo.version}, expected 1`);
  if (tstInfo.extensions?.some((e) => e.critical)) throw bad("The TSTInfo has a critical extension");

  const certs: ParsedCertificate[] = [];
  for (const item of signedData.certificates ?? []) {
    if (!(item instanceof pkijs.Certificate)) throw bad("The time-stamp token carries a non-X.509 certificate");
    certs.push({ cert: item, der: new Uint8Array(item.toSchema(false).toBER()) });
  }
  const signerInfo = signedData.signerInfos[0]!;
  const expectedSignerVersion = signerInfo.sid instanceof pkijs.IssuerAndSerialNumber ? 1 : 3;
  if (signerInfo.version !== expectedSignerVersion) throw bad(`The time-stamp token's SignerInfo version is ${signerInfo.version}, expected ${expectedSignerVersion}`);
  const tsaCert = findSignerCertificate(signerInfo, certs);
  return { signerInfo, tstInfo, tstInfoDer, tsaCert, others: certs.filter((c) => c !== tsaCert) };
}

/** The certificate named by the SignerInfo: issuerAndSerialNumber (exact DER) or subjectKeyIdentifier. */
function findSignerCertificate(signerInfo: pkijs.SignerInfo, certs: ParsedCertificate[]): ParsedCertificate {
  let found: ParsedCertificate | undefined;
  if (signerInfo.sid instanceof pkijs.IssuerAndSerialNumber) {
    const issuer = derOf(signerInfo.sid.issuer);
    const serial = new Uint8Array(signerInfo.sid.serialNumber.toBER());
    found = certs.find(({ cert }) => bytesEqual(derOf(cert.issuer), issuer) && bytesEqual(new Uint8Array(cert.serialNumber.toBER()), serial));
  } else {
    const sid = signerInfo.sid as asn1js.BaseBlock & { valueBlock: { value?: asn1js.AsnType[]; valueHexView?: Uint8Array } };
    const inner = sid.idBlock.isConstructed ? (sid.valueBlock.value?.[0] as asn1js.OctetString | undefined)?.valueBlock.valueHexView : sid.valueBlock.valueHexView;
    if (inner) {
      found = certs.find(({ cert }) => {
        const ski = cert.extensions?.find((e) => e.extnID === OID.subjectKeyIdentifier)?.parsedValue as asn1js.OctetString | undefined;
        return ski instanceof asn1js.OctetString && bytesEqual(ski.valueBlock.valueHexView, inner);
      });
    }
  }
  if (!found) throw bad("The TSA certificate is not in the time-stamp token (request it with certReq)");
  return found;
}

/** The single value of a signed attribute of the token; throws when missing, repeated or multi-valued. */
function singleSignedAttribute(signerInfo: pkijs.SignerInfo, type: string, required: boolean): asn1js.AsnType | null {
  const matches = signerInfo.signedAttrs?.attributes.filter((a) => a.type === type) ?? [];
  if (matches.length === 0 && !required) return null;
  if (matches.length !== 1 || matches[0]!.values.length !== 1) throw bad(`The time-stamp token's signed attribute ${type} must be present once with one value`);
  return matches[0]!.values[0] as asn1js.AsnType;
}

/** Checks the first ESSCertID(v2) of a signing-certificate attribute against the TSA certificate. */
function checkEssCertId(value: asn1js.AsnType, v2: boolean, tsa: ParsedCertificate): void {
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) throw bad("The time-stamp token's signing-certificate attribute has no ESSCertID");
  const parts = [...first.valueBlock.value];
  let hash: keyof typeof NODE_HASH = v2 ? "SHA-256" : "SHA-1";
  if (v2 && parts[0] instanceof asn1js.Sequence) hash = hashOf(new pkijs.AlgorithmIdentifier({ schema: parts.shift() }), "ESSCertIDv2");
  const certHash = parts.shift();
  if (!(certHash instanceof asn1js.OctetString) || !bytesEqual(certHash.valueBlock.valueHexView, digest(hash, tsa.der))) {
    throw bad("The time-stamp token's signing-certificate attribute does not match the TSA certificate");
  }
  const issuerSerialSchema = parts.shift();
  if (issuerSerialSchema) {
    const issuerSerial = new pkijs.IssuerSerial({ schema: issuerSerialSchema });
    const name = issuerSerial.issuer.names[0];
    const matches =
      issuerSerial.issuer.names.length === 1 &&
      name?.type === 4 &&
      (name.value as pkijs.RelativeDistinguishedNames).isEqual(tsa.cert.issuer) &&
      issuerSerial.serialNumber.isEqual(tsa.cert.serialNumber);
    if (!matches) throw bad("The time-stamp token's signing-certificate issuerSerial does not match the TSA certificate");
  }
}

async function checkTokenSignature(signerInfo: pkijs.SignerInfo, tsa: pkijs.Certificate, fallbackHash: "SHA-256" | "SHA-384" | "SHA-512"): Promise<void> {
  const spki = tsa.subjectPublicKeyInfo;
  const spkiDer = spki.toSchema().toBER();
  const signatureAlgorithm = signerInfo.signatureAlgorithm;
  const signedBytes = signerInfo.signedAttrs!.encodedValue; // the original bytes, retagged as SET by pkijs
  const signature = signerInfo.signature.valueBlock.valueHexView;
  const subtle = globalThis.crypto.subtle;
  let valid: boolean;
  if (spki.algorithm.algorithmId === OID.ecPublicKey) {
    const hash = ECDSA_SIGNATURES[signatureAlgorithm.algorithmId];
    const curveOid = spki.algorithm.algorithmParams instanceof asn1js.ObjectIdentifier ? spki.algorithm.algorithmParams.valueBlock.toString() : "";
    const curve = CURVES[curveOid];
    if (!hash || signatureAlgorithm.algorithmParams !== undefined || !curve) {
      throw bad(`The time-stamp token uses an unsupported ECDSA signature (${signatureAlgorithm.algorithmId}, curve ${curveOid || "?"})`);
    }
    const raw = ecdsaDerToRaw(signature, curve.size);
    if (!raw) throw bad("The time-stamp token's signature value is not a DER ECDSA signature");
    const key = await subtle.importKey("spki", spkiDer, { name: "ECDSA", namedCurve: curve.name }, false, ["verify"]);
    valid = await subtle.verify({ name: "ECDSA", hash }, key, toArrayBuffer(raw), signedBytes);
  } else if (spki.algorithm.algorithmId === OID.rsaEncryption) {
    const hash = signatureAlgorithm.algorithmId === OID.rsaEncryption ? fallbackHash : RSA_SIGNATURES[signatureAlgorithm.algorithmId];
    if (!hash || !absentOrNullParams(signatureAlgorithm)) throw bad(`The time-stamp token uses an unsupported RSA signature (${signatureAlgorithm.algorithmId})`);
    const key = await subtle.importKey("spki", spkiDer, { name: "RSASSA-PKCS1-v1_5", hash }, false, ["verify"]);
    valid = await subtle.verify("RSASSA-PKCS1-v1_5", key, toArrayBuffer(signature), signedBytes);
  } else {
    throw bad(`The TSA certificate holds an unsupported key type ${spki.algorithm.algorithmId}`);
  }
  if (!valid) throw bad("The time-stamp token's signature does not verify with the TSA certificate's key");
}

/** RFC 3161 §2.3: EKU id-kp-timeStamping as the only purpose, critical; KU (if any) allows signatures. */
function checkTsaCertificateUsage(cert: pkijs.Certificate): void {
  const ekus = cert.extensions?.filter((e) => e.extnID === OID.extKeyUsage) ?? [];
  const purposes = (ekus[0]?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  if (ekus.length !== 1 || !ekus[0]!.critical || purposes.length !== 1 || purposes[0] !== OID.kpTimeStamping) {
    throw bad("The TSA certificate must have id-kp-timeStamping as its only extended key usage, marked critical");
  }
  const ku = cert.extensions?.find((e) => e.extnID === OID.keyUsage)?.parsedValue as asn1js.BitString | undefined;
  const bits = ku ? (ku.valueBlock.valueHexView[0] ?? 0) : null;
  if (bits !== null && !(bits & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) throw bad("The TSA certificate's key usage does not allow signatures");
}

function accuracyMs(accuracy: pkijs.Accuracy | undefined): number | null {
  if (!accuracy) return null;
  return (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000;
}

/**
 * Verifies an RFC 3161 TimeStampToken (DER ContentInfo) over `imprint` (a SHA-256 digest):
 * structure, TSA signature, ESS certificate binding, TSA certificate usage and validity at genTime,
 * the imprint, and, when `trustedRoots` is given, the TSA's chain to one of them at genTime.
 * Throws TimestampTokenError; returns what the token says.
 */
export async function verifyTimestampToken(token: Uint8Array, options: { imprint: Uint8Array; trustedRoots?: Uint8Array[] }): Promise<TimestampTokenInfo> {
  const { signerInfo, tstInfo, tstInfoDer, tsaCert, others } = parseToken(token);

  // The TSA's signature over TSTInfo.
  const digestHash = hashOf(signerInfo.digestAlgorithm, "digest algorithm");
  if (!signerInfo.signedAttrs) throw bad("The time-stamp token has no signed attributes");
  if (signerInfo.unsignedAttrs) throw bad("The time-stamp token has unsigned attributes");
  const contentType = singleSignedAttribute(signerInfo, OID.contentType, true);
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.tstInfo) {
    throw bad("The time-stamp token's content-type attribute is not id-ct-TSTInfo");
  }
  const messageDigest = singleSignedAttribute(signerInfo, OID.messageDigest, true);
  if (!(messageDigest instanceof asn1js.OctetString) || !bytesEqual(messageDigest.valueBlock.valueHexView, digest(digestHash, tstInfoDer))) {
    throw bad("The time-stamp token's messageDigest does not match its TSTInfo");
  }
  const essV2 = singleSignedAttribute(signerInfo, OID.signingCertificateV2, false);
  const essV1 = singleSignedAttribute(signerInfo, OID.signingCertificate, false);
  if (!essV1 && !essV2) throw bad("The time-stamp token names no signing certificate (ESS signing-certificate or -v2)");
  if (essV2) checkEssCertId(essV2, true, tsaCert);
  if (essV1) checkEssCertId(essV1, false, tsaCert);
  await checkTokenSignature(signerInfo, tsaCert.cert, digestHash);

  // What was time-stamped, when, and by whom.
  const imprint = tstInfo.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== OID.sha256 || !absentOrNullParams(imprint.hashAlgorithm)) {
    throw bad(`The time-stamp imprint uses ${imprint.hashAlgorithm.algorithmId}, expected SHA-256`);
  }
  if (!bytesEqual(imprint.hashedMessage.valueBlock.valueHexView, options.imprint)) {
    throw bad("The time-stamp token is over different data (message imprint mismatch)");
  }
  const genTime = tstInfo.genTime;
  if (!(genTime instanceof Date) || Number.isNaN(genTime.getTime())) throw bad("The TSTInfo genTime is not a valid time");
  checkTsaCertificateUsage(tsaCert.cert);
  if (tstInfo.tsa?.type === 4 && !(tstInfo.tsa.value as pkijs.RelativeDistinguishedNames).isEqual(tsaCert.cert.subject)) {
    throw bad("The TSTInfo tsa name does not match the TSA certificate");
  }
  if (genTime < tsaCert.cert.notBefore.value || genTime > tsaCert.cert.notAfter.value) {
    throw bad(`The TSA certificate was not valid at genTime ${genTime.toISOString()}`);
  }

  let tsa: CertInfo;
  if (options.trustedRoots) {
    const path = orderCertificatePath(tsaCert, others);
    if (!path) throw new TimestampTokenError("untrusted", "The time-stamp token carries certificates that are not on the TSA's path");
    const chain = await verifyParsedChain(path, options.trustedRoots, genTime);
    if (!chain.ok) throw new TimestampTokenError("untrusted", `Time-stamp authority: ${chain.reason}`);
    tsa = chain.leaf;
  } else {
    tsa = certInfoOf(tsaCert.cert, tsaCert.der);
  }
  return {
    genTime,
    accuracyMs: accuracyMs(tstInfo.accuracy),
    serialNumber: toHex(tstInfo.serialNumber.valueBlock.valueHexView),
    policy: tstInfo.policy,
    nonce: tstInfo.nonce ? new Uint8Array(tstInfo.nonce.valueBlock.valueHexView) : null,
    tsa,
  };
}
