/**
 * CAdES detached signature (ETSI.CAdES.detached) for PAdES-B-B: CMS SignedData without content,
 * signed attributes contentType + messageDigest + ESS signing-certificate-v2, deliberately no
 * signing-time (EN 319 142-1: the PDF /M carries the claimed time). Signed through `Signer`.
 * With a `timestamp` callback it becomes B-T: an RFC 3161 token over SHA-256 of the signature
 * value is added as the unsigned attribute id-aa-signatureTimeStampToken (best effort: any
 * failure leaves a B-B signature and says why).
 */
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { bytesEqual, sha256, toArrayBuffer } from "./bytes";
import { parseCertificate } from "./certificate-info";
import { ecdsaRawToDer } from "./der";
import { OID } from "./oids";
import type { Signer } from "./signer";
import { verifyTimestampToken } from "./timestamp-token";

/**
 * Asks a time-stamp authority for a token over SHA-256(`signatureValue`) (the DER octets of the
 * SignerInfo signature). Resolves to the DER TimeStampToken (a ContentInfo), or null when there
 * is none; may also throw. Either way the signature stays B-B. See tsa-config.ts.
 */
export type TimestampCallback = (signatureValue: Uint8Array) => Promise<Uint8Array | null>;

/** What buildCades produced: the DER CMS, whether it carries a time-stamp, and if not, why. */
export type CadesResult = {
  cms: Uint8Array;
  timestamped: boolean;
  /** Set when a time-stamp was asked for but not added (the CMS is then B-B). */
  timestampFailure?: string;
};

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** Compares two DER encodings as DER orders SET OF elements (X.690 §11.6). */
function compareDer(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** ESS SigningCertificateV2 { certs: [ESSCertIDv2 { certHash (SHA-256 default), issuerSerial }] } (RFC 5035). */
export function signingCertificateV2(certDer: Uint8Array): asn1js.Sequence {
  const cert = parseCertificate(certDer);
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })] }),
    serialNumber: cert.serialNumber,
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certDer)) }), issuerSerial.toSchema()],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** Signed attributes in DER SET OF order (X.690 §11.6), as the [0] IMPLICIT SignerInfo field. */
export function derSortedAttributes(attributes: pkijs.Attribute[], type: 0 | 1 = 0): pkijs.SignedAndUnsignedAttributes {
  const sorted = attributes
    .map((attr) => ({ attr, der: new Uint8Array(attr.toSchema().toBER()) }))
    .sort((x, y) => compareDer(x.der, y.der))
    .map(({ attr }) => attr);
  return new pkijs.SignedAndUnsignedAttributes({ type, attributes: sorted });
}

/** The bytes a CMS signature covers: the DER of the attributes as a SET (tag 0x31), not the [0] IMPLICIT form. */
export function signedAttributesToBeSigned(signedAttrs: pkijs.SignedAndUnsignedAttributes): Uint8Array {
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER());
  toBeSigned[0] = 0x31;
  return toBeSigned;
}

const encodeContentInfo = (signedData: pkijs.SignedData) =>
  new Uint8Array(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER());

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Builds the DER ContentInfo(SignedData) over a precomputed SHA-256 `contentDigest` (for PAdES:
 * the digest of the two ByteRange segments). Certificates = the signer's whole chain.
 * With `timestamp`, adds a signature time-stamp token when one is obtained, checked (structure,
 * TSA signature, imprint; trust is the verifier's business) and fits in `maxBytes`.
 */
export async function buildCades({
  contentDigest,
  signer,
  timestamp,
  maxBytes,
}: {
  contentDigest: Uint8Array;
  signer: Signer;
  timestamp?: TimestampCallback;
  maxBytes?: number;
}): Promise<CadesResult> {
  if (contentDigest.length !== 32) throw new Error(`contentDigest must be a SHA-256 digest (32 bytes), got ${contentDigest.length}`);
  const [leafDer] = signer.certificateChain;
  if (!leafDer) throw new Error("The signer has no certificate");
  const leaf = parseCertificate(leafDer);

  const signedAttrs = derSortedAttributes([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(leafDer)),
  ]);
  const rawSignature = await signer.sign(signedAttributesToBeSigned(signedAttrs));
  if (rawSignature.length !== 64) throw new Error(`ES256 signer returned ${rawSignature.length} bytes, expected 64 (raw r||s)`);
  const signatureValue = ecdsaRawToDer(rawSignature);

  const sha256Algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }); // parameters absent (RFC 5754)
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
    digestAlgorithm: sha256Algorithm,
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: signer.certificateChain.map((der) => parseCertificate(der)),
    signerInfos: [signerInfo],
  });
  if (!timestamp) return { cms: encodeContentInfo(signedData), timestamped: false };

  let failure: string;
  try {
    const token = await timestamp(signatureValue);
    if (!token) {
      failure = "no time-stamp token was obtained";
    } else {
      await verifyTimestampToken(token, { imprint: sha256(signatureValue) });
      // verify-pdf re-encodes the whole CMS, the token as a generic ASN.1 value: it must come out unchanged.
      const parsed = asn1js.fromBER(toArrayBuffer(token));
      if (parsed.offset !== token.length || !bytesEqual(new Uint8Array(parsed.result.toBER()), token)) {
        throw new Error("the time-stamp token does not survive DER re-encoding");
      }
      signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [attribute(OID.timeStampToken, parsed.result)] });
      const cms = encodeContentInfo(signedData);
      if (maxBytes !== undefined && cms.length > maxBytes) {
        failure = `the time-stamped CMS (${cms.length} bytes) does not fit the ${maxBytes}-byte signature reserve`;
      } else {
        return { cms, timestamped: true };
      }
    }
  } catch (error) {
    failure = `time-stamping failed: ${errorText(error)}`;
  }
  delete signerInfo.unsignedAttrs;
  return { cms: encodeContentInfo(signedData), timestamped: false, timestampFailure: failure };
}

/** buildCades returning only the DER CMS. */
export async function buildCadesDetached(options: { contentDigest: Uint8Array; signer: Signer; timestamp?: TimestampCallback; maxBytes?: number }): Promise<Uint8Array> {
  return (await buildCades(options)).cms;
}
