/**
 * A small RFC 3161 time-stamp authority for development and tests (signing research §3.6 and
 * Appendix A). It is NOT an independent time source: production uses an external TSA via
 * SIGNING_TSA_URL (tsa-config.ts). Tokens: TSTInfo v1, genTime in whole seconds, accuracy 1 s,
 * random 128-bit serial, policy LOCAL_TSA_POLICY_OID, tsa = the TSA certificate's subject;
 * SignedData signed with ECDSA P-256 / SHA-256, signed attributes contentType (id-ct-TSTInfo),
 * messageDigest and ESS signing-certificate-v2; the TSA certificate is included on request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { sha256, toArrayBuffer } from "./bytes";
import { derSortedAttributes, signedAttributesToBeSigned, signingCertificateV2, type TimestampCallback } from "./cades";
import { parseCertificate } from "./certificate-info";
import { ecdsaRawToDer } from "./der";
import { OID } from "./oids";
import { issueTsaCertificate, type IssuedKey } from "./pki";

/**
 * The TSA policy of the local TSA: an OID under the joint-iso-itu-t "example" arc 2.999
 * (ITU-T X.660 / ISO/IEC 9834-1), reserved for examples, so it can never be mistaken for the
 * policy of a real TSA. 3161 = the RFC, 1 = "Okienko development TSA, no assurance of any kind".
 */
export const LOCAL_TSA_POLICY_OID = "2.999.3161.1";

/** PKIFailureInfo bits (RFC 3161 §2.4.2) the local TSA uses. */
const FAILURE_BITS = { badAlg: 0, badRequest: 2, badDataFormat: 5, unacceptedPolicy: 15, unacceptedExtension: 16, systemFailure: 25 } as const;
type FailureReason = keyof typeof FAILURE_BITS;

const P256 = { name: "ECDSA", namedCurve: "P-256" } as const;

/** A running local TSA. */
export type LocalTsa = {
  /** The TSA certificate (EKU id-kp-timeStamping, critical) and its key, issued under the given root. */
  readonly certificate: IssuedKey;
  readonly policy: string;
  /**
   * A TimeStampToken (DER ContentInfo) over `digest` (SHA-256, 32 bytes). `nonce` is the content
   * octets of the request's INTEGER, echoed as is. The TSA certificate is included unless `certReq` is false.
   */
  timestamp(digest: Uint8Array, nonce?: Uint8Array, certReq?: boolean): Promise<Uint8Array>;
  /** Answers a DER TimeStampReq with a DER TimeStampResp (granted, or rejection with a failInfo). */
  handle(requestDer: Uint8Array): Promise<Uint8Array>;
};

function randomSerial(): Uint8Array {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x01; // positive, no leading zero octet
  return bytes;
}

/** A DER named BIT STRING with one bit set (trailing zero bits dropped, X.690 §11.2.2). */
function failInfoBits(bit: number): asn1js.BitString {
  const bytes = new Uint8Array(Math.floor(bit / 8) + 1);
  bytes[bytes.length - 1] = 0x80 >> bit % 8;
  return new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits: 7 - (bit % 8) });
}

function rejection(reason: FailureReason, text: string): Uint8Array {
  const status = new pkijs.PKIStatusInfo({
    status: pkijs.PKIStatus.rejection,
    statusStrings: [new asn1js.Utf8String({ value: text })],
    failInfo: failInfoBits(FAILURE_BITS[reason]),
  });
  return new Uint8Array(new asn1js.Sequence({ value: [status.toSchema()] }).toBER());
}

/** Where the local TSA's certificate comes from: issued now under `root`, or one issued earlier. */
export type LocalTsaOptions = (
  | { root: Pick<IssuedKey, "certDer" | "pkcs8Der">; now: Date; commonName?: string; organization?: string }
  | { certificate: IssuedKey }
) & {
  /** genTime source (truncated to whole seconds). Default: the system clock. */
  clock?: () => Date;
};

/**
 * Creates a local TSA: issues its certificate under `root` (valid from `now`; see
 * issueTsaCertificate), or reuses `certificate` (a TSA certificate with its PKCS#8 key, e.g. one
 * kept across restarts). Tokens get genTime = `clock()` truncated to whole seconds.
 */
export async function createLocalTsa(options: LocalTsaOptions): Promise<LocalTsa> {
  const certificate =
    "certificate" in options
      ? options.certificate
      : await issueTsaCertificate(options.root, {
          commonName: options.commonName ?? "Okienko development TSA",
          ...(options.organization !== undefined && { organization: options.organization }),
          now: options.now,
        });
  const cert = parseCertificate(certificate.certDer);
  const key = await globalThis.crypto.subtle.importKey("pkcs8", toArrayBuffer(certificate.pkcs8Der), P256, false, ["sign"]);
  const clock = options.clock ?? (() => new Date());

  async function timestamp(digest: Uint8Array, nonce?: Uint8Array, certReq = true): Promise<Uint8Array> {
    if (digest.length !== 32) throw new Error(`The local TSA time-stamps SHA-256 digests (32 bytes), got ${digest.length}`);
    const tstInfo = new pkijs.TSTInfo({
      version: 1,
      policy: LOCAL_TSA_POLICY_OID,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }),
      }),
      serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(randomSerial()) }),
      genTime: new Date(Math.floor(clock().getTime() / 1000) * 1000),
      accuracy: new pkijs.Accuracy({ seconds: 1 }),
      ...(nonce && { nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }) }),
      tsa: new pkijs.GeneralName({ type: 4, value: cert.subject }),
    });
    const tstInfoDer = new Uint8Array(tstInfo.toSchema().toBER());

    const signedAttrs = derSortedAttributes([
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.tstInfo })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(tstInfoDer)) })] }),
      new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(certificate.certDer)] }),
    ]);
    const raw = new Uint8Array(await globalThis.crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, toArrayBuffer(signedAttributesToBeSigned(signedAttrs))));
    const signerInfo = new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
      digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      signedAttrs,
      signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
      signature: new asn1js.OctetString({ valueHex: toArrayBuffer(ecdsaRawToDer(raw)) }),
    });
    const encapContentInfo = new pkijs.EncapsulatedContentInfo({ eContentType: OID.tstInfo });
    // Assigned after construction: the constructor would turn it into a constructed (BER) OCTET STRING (pitfall 5).
    encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(tstInfoDer) });
    const signedData = new pkijs.SignedData({
      version: 3,
      digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
      encapContentInfo,
      ...(certReq && { certificates: [parseCertificate(certificate.certDer)] }),
      signerInfos: [signerInfo],
    });
    return new Uint8Array(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema().toBER());
  }

  async function handle(requestDer: Uint8Array): Promise<Uint8Array> {
    let request: pkijs.TimeStampReq;
    try {
      const parsed = asn1js.fromBER(toArrayBuffer(requestDer));
      if (parsed.offset !== requestDer.length) throw new Error("trailing or missing bytes");
      request = new pkijs.TimeStampReq({ schema: parsed.result });
    } catch {
      return rejection("badDataFormat", "The request is not a DER TimeStampReq");
    }
    if (request.version !== 1) return rejection("badRequest", `Unsupported TimeStampReq version ${request.version}`);
    const imprint = request.messageImprint;
    const params = imprint.hashAlgorithm.algorithmParams as asn1js.AsnType | undefined;
    if (imprint.hashAlgorithm.algorithmId !== OID.sha256 || !(params === undefined || params instanceof asn1js.Null)) {
      return rejection("badAlg", "Only SHA-256 message imprints are accepted");
    }
    const digest = new Uint8Array(imprint.hashedMessage.valueBlock.valueHexView);
    if (digest.length !== 32) return rejection("badDataFormat", "The SHA-256 message imprint must be 32 bytes");
    if (request.reqPolicy !== undefined && request.reqPolicy !== LOCAL_TSA_POLICY_OID) {
      return rejection("unacceptedPolicy", `Only policy ${LOCAL_TSA_POLICY_OID} is offered`);
    }
    if (request.extensions?.length) return rejection("unacceptedExtension", "Request extensions are not supported");
    try {
      const nonce = request.nonce ? new Uint8Array(request.nonce.valueBlock.valueHexView) : undefined;
      const token = await timestamp(digest, nonce, request.certReq === true);
      const status = new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted });
      const tokenSchema = asn1js.fromBER(toArrayBuffer(token)).result;
      return new Uint8Array(new asn1js.Sequence({ value: [status.toSchema(), tokenSchema] }).toBER());
    } catch {
      return rejection("systemFailure", "The time-stamp could not be produced");
    }
  }

  return { certificate, policy: LOCAL_TSA_POLICY_OID, timestamp, handle };
}

/** A TimestampCallback backed by an in-process local TSA (no HTTP), for development and tests. */
export function timestampFromLocalTsa(tsa: LocalTsa): TimestampCallback {
  return async (signatureValue) => tsa.timestamp(sha256(signatureValue));
}

const MAX_REQUEST_BYTES = 16 * 1024;

async function readBody(request: IncomingMessage): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function reply(response: ServerResponse, status: number, headers: Record<string, string>, body: Uint8Array | string): void {
  response.writeHead(status, { ...headers, "cache-control": "no-store" });
  response.end(body);
}

/**
 * Serves `tsa` over HTTP (RFC 3161 §3.4): POST with Content-Type application/timestamp-query,
 * answered with application/timestamp-reply. Binds to 127.0.0.1; port 0 picks a free port.
 */
export async function startLocalTsaServer(options: { tsa: LocalTsa; port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== "POST") return reply(response, 405, { allow: "POST", "content-type": "text/plain" }, "POST a TimeStampReq\n");
      const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/timestamp-query") return reply(response, 415, { "content-type": "text/plain" }, "Expected application/timestamp-query\n");
      const body = await readBody(request);
      if (!body) return reply(response, 413, { "content-type": "text/plain", connection: "close" }, "Request too large\n");
      reply(response, 200, { "content-type": "application/timestamp-reply" }, await options.tsa.handle(body));
    })().catch(() => {
      if (!response.headersSent) reply(response, 500, { "content-type": "text/plain" }, "Internal error\n");
      else response.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
