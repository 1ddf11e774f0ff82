/**
 * CAdES detached signature (ETSI.CAdES.detached) for PAdES-B-B: CMS SignedData without content,
 * signed attributes contentType + messageDigest + ESS signing-certificate-v2, deliberately no
 * signing-time (EN 319 142-1: the PDF /M carries the claimed time). Signed through `Signer`.
 */
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { sha256, toArrayBuffer } from "./bytes";
import { parseCertificate } from "./certificate-info";
import { ecdsaRawToDer } from "./der";
import { OID } from "./oids";
import type { Signer } from "./signer";

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

/**
 * Builds the DER ContentInfo(SignedData) over a precomputed SHA-256 `contentDigest` (for PAdES:
 * the digest of the two ByteRange segments). Certificates = the signer's whole chain.
 */
export async function buildCadesDetached({ contentDigest, signer }: { contentDigest: Uint8Array; signer: Signer }): Promise<Uint8Array> {
  if (contentDigest.length !== 32) throw new Error(`contentDigest must be a SHA-256 digest (32 bytes), got ${contentDigest.length}`);
  const [leafDer] = signer.certificateChain;
  if (!leafDer) throw new Error("The signer has no certificate");
  const leaf = parseCertificate(leafDer);

  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(leafDer)),
  ]
    .map((attr) => ({ attr, der: new Uint8Array(attr.toSchema().toBER()) }))
    .sort((x, y) => compareDer(x.der, y.der))
    .map(({ attr }) => attr);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes });

  // The signature covers the DER of the attributes as a SET (tag 0x31), not the [0] IMPLICIT form.
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER());
  toBeSigned[0] = 0x31;
  const rawSignature = await signer.sign(toBeSigned);
  if (rawSignature.length !== 64) throw new Error(`ES256 signer returned ${rawSignature.length} bytes, expected 64 (raw r||s)`);

  const sha256Algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }); // parameters absent (RFC 5754)
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
    digestAlgorithm: sha256Algorithm,
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(ecdsaRawToDer(rawSignature)) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: signer.certificateChain.map((der) => parseCertificate(der)),
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
