/**
 * RFC 3161 client over HTTP (RFC 3161 §3.4): TimeStampReq v1 with a SHA-256 imprint, a random
 * 64-bit nonce and certReq, POSTed as application/timestamp-query. The reply must be granted
 * (or grantedWithMods) and its token must check out (timestamp-token.ts: structure, TSA signature,
 * ESS binding, critical timeStamping EKU, imprint) and echo our nonce. Trust in the TSA's root is
 * the verifier's business, not checked here. Errors are thrown in English.
 */
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { bytesEqual, toArrayBuffer } from "./bytes";
import { OID } from "./oids";
import { verifyTimestampToken } from "./timestamp-token";

/** The part of `fetch` the client uses (injectable for tests). */
export type FetchLike = (url: string, init: { method: "POST"; headers: Record<string, string>; body: Uint8Array<ArrayBuffer>; signal: AbortSignal }) => Promise<Response>;

export type TimestampRequestOptions = {
  /** The whole exchange (connect, send, read the reply) must finish within this. Default 3000 ms. */
  timeoutMs?: number;
  fetchImpl?: FetchLike;
};

/** Replies larger than this are refused (a token with a long chain is ≈10 KB). */
const MAX_REPLY_BYTES = 256 * 1024;

const STATUS_NAMES = ["granted", "grantedWithMods", "rejection", "waiting", "revocationWarning", "revocationNotification"];
const FAILURE_NAMES: Record<number, string> = {
  0: "badAlg",
  2: "badRequest",
  5: "badDataFormat",
  14: "timeNotAvailable",
  15: "unacceptedPolicy",
  16: "unacceptedExtension",
  17: "addInfoNotAvailable",
  25: "systemFailure",
};

/** The URL without credentials, query or fragment, for messages. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return "(an invalid URL)";
  }
}

function randomNonce(): Uint8Array {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  bytes[0] = bytes[0]! & 0x7f || 0x01; // positive, minimal two's complement (no leading zero octet)
  return bytes;
}

/** The DER TimeStampReq for `digest`. */
export function buildTimestampRequest(digest: Uint8Array, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER());
}

function failureNames(failInfo: asn1js.BitString | undefined): string[] {
  if (!failInfo) return [];
  const bytes = failInfo.valueBlock.valueHexView;
  const names: string[] = [];
  for (let bit = 0; bit < bytes.length * 8; bit++) {
    if (bytes[bit >> 3]! & (0x80 >> bit % 8)) names.push(FAILURE_NAMES[bit] ?? `bit ${bit}`);
  }
  return names;
}

/** Splits a DER TimeStampResp into its status and the exact bytes of its token. */
function parseResponse(body: Uint8Array, where: string): { status: pkijs.PKIStatusInfo; token: Uint8Array | null } {
  const parsed = asn1js.fromBER(toArrayBuffer(body));
  const sequence = parsed.result;
  if (parsed.offset !== body.length || !(sequence instanceof asn1js.Sequence)) throw new Error(`The TSA at ${where} did not answer with a TimeStampResp`);
  const [statusSchema, tokenSchema, ...rest] = sequence.valueBlock.value;
  let status: pkijs.PKIStatusInfo;
  try {
    if (!statusSchema || rest.length > 0) throw new Error("wrong number of elements");
    status = new pkijs.PKIStatusInfo({ schema: statusSchema });
  } catch (error) {
    throw new Error(`The TSA at ${where} answered with a malformed TimeStampResp (${error instanceof Error ? error.message : String(error)})`);
  }
  return { status, token: tokenSchema ? new Uint8Array(tokenSchema.valueBeforeDecodeView) : null };
}

/**
 * Requests a time-stamp over `digest` (SHA-256, 32 bytes) from the TSA at `url` and returns the
 * DER TimeStampToken (ContentInfo), checked as described above. Throws on timeout, network or
 * HTTP errors, refusals and unusable tokens.
 */
export async function requestTimestamp(url: string, digest: Uint8Array, options: TimestampRequestOptions = {}): Promise<Uint8Array> {
  if (digest.length !== 32) throw new Error(`A SHA-256 digest (32 bytes) is required, got ${digest.length} bytes`);
  const where = describeUrl(url);
  const timeoutMs = options.timeoutMs ?? 3000;
  const fetchImpl: FetchLike = options.fetchImpl ?? ((target, init) => fetch(target, init));
  const nonce = randomNonce();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let body: Uint8Array;
  try {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/timestamp-query", accept: "application/timestamp-reply" },
      body: buildTimestampRequest(digest, nonce),
      signal: controller.signal,
    });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => {});
      throw new Error(`The TSA at ${where} answered HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > MAX_REPLY_BYTES) throw new Error(`The TSA at ${where} sent a reply of ${declared} bytes, more than ${MAX_REPLY_BYTES}`);
    body = new Uint8Array(await response.arrayBuffer());
    if (body.length > MAX_REPLY_BYTES) throw new Error(`The TSA at ${where} sent a reply of ${body.length} bytes, more than ${MAX_REPLY_BYTES}`);
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`The time-stamp request to ${where} timed out after ${timeoutMs} ms`, { cause: error });
    if (error instanceof Error && error.message.startsWith("The TSA at")) throw error;
    const cause = error instanceof Error ? ((error.cause as { code?: string; message?: string } | undefined)?.code ?? error.message) : String(error);
    throw new Error(`The TSA at ${where} could not be reached (${cause})`, { cause: error });
  } finally {
    clearTimeout(timer);
  }

  const { status, token } = parseResponse(body, where);
  if (status.status !== pkijs.PKIStatus.granted && status.status !== pkijs.PKIStatus.grantedWithMods) {
    const text = status.statusStrings?.map((s) => s.valueBlock.value).join("; ");
    const failures = failureNames(status.failInfo);
    throw new Error(
      `The TSA at ${where} refused the request: status ${STATUS_NAMES[status.status] ?? status.status}` +
        (failures.length ? ` (${failures.join(", ")})` : "") +
        (text ? `: ${text}` : ""),
    );
  }
  if (!token) throw new Error(`The TSA at ${where} granted the request but sent no token`);
  let info;
  try {
    info = await verifyTimestampToken(token, { imprint: digest });
  } catch (error) {
    throw new Error(`The TSA at ${where} sent an unusable token: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!info.nonce || !bytesEqual(info.nonce, nonce)) throw new Error(`The TSA at ${where} sent a token whose nonce does not match the request`);
  return token;
}
