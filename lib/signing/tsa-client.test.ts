import type { IncomingMessage } from "node:http";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256, toArrayBuffer } from "./bytes";
import { createLocalTsa, startLocalTsaServer, type LocalTsa } from "./local-tsa";
import { closedPortUrl, createTestPki, startTestServer, type TestPki } from "./test-support";
import { verifyTimestampToken } from "./timestamp-token";
import { buildTimestampRequest, requestTimestamp, type FetchLike } from "./tsa-client";
import { timestampFromUrl } from "./tsa-config";

let pki: TestPki;
let tsa: LocalTsa;
let server: { url: string; close(): Promise<void> };
const digest = sha256(new TextEncoder().encode("signature value"));

beforeAll(async () => {
  pki = await createTestPki(new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000));
  tsa = await createLocalTsa({ root: pki.root, now: pki.now });
  server = await startLocalTsaServer({ tsa, port: 0 });
});
afterAll(() => server.close());

async function body(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The nonce of a DER TimeStampReq. */
function nonceOf(requestDer: Uint8Array): Uint8Array {
  const request = new pkijs.TimeStampReq({ schema: asn1js.fromBER(toArrayBuffer(requestDer)).result });
  return new Uint8Array(request.nonce!.valueBlock.valueHexView);
}

/** A TSA answering each request with whatever `answer` builds from the request bytes. */
async function withServer(answer: (request: Uint8Array) => Promise<Uint8Array>, run: (url: string) => Promise<void>): Promise<void> {
  const fake = await startTestServer((request, response) => {
    void body(request).then(async (der) => {
      response.writeHead(200, { "content-type": "application/timestamp-reply" });
      response.end(await answer(der));
    });
  });
  try {
    await run(fake.url);
  } finally {
    await fake.close();
  }
}

const granted = (token: Uint8Array) =>
  new Uint8Array(new asn1js.Sequence({ value: [new pkijs.PKIStatusInfo({ status: 0 }).toSchema(), asn1js.fromBER(toArrayBuffer(token)).result] }).toBER());

describe("requestTimestamp", () => {
  it("gets a checked token with a fresh random nonce over HTTP", async () => {
    const token = await requestTimestamp(server.url, digest);
    const info = await verifyTimestampToken(token, { imprint: digest, trustedRoots: [pki.root.certDer] });
    expect(info.nonce).toHaveLength(8);
    const second = await verifyTimestampToken(await requestTimestamp(server.url, digest), { imprint: digest });
    expect(second.nonce).not.toEqual(info.nonce);
  });

  it("works with an injected fetch", async () => {
    const fetchImpl: FetchLike = async (_url, init) => new Response(new Uint8Array(await tsa.handle(init.body)), { status: 200 });
    const token = await requestTimestamp("https://tsa.example/", digest, { fetchImpl });
    expect((await verifyTimestampToken(token, { imprint: digest })).tsa.kid).toBe(tsa.certificate.kid);
  });

  it("reports a TSA that is down, answers HTTP errors or garbage", async () => {
    await expect(requestTimestamp(await closedPortUrl(), digest)).rejects.toThrow(/^The TSA at http:\/\/127\.0\.0\.1:\d+\/tsa could not be reached \(ECONNREFUSED\)$/);
    const failing = await startTestServer((_request, response) => {
      response.writeHead(503);
      response.end("maintenance");
    });
    await expect(requestTimestamp(failing.url, digest)).rejects.toThrow(/answered HTTP 503/);
    await failing.close();
    await withServer(async () => new TextEncoder().encode("<html>not a TSA</html>"), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/did not answer with a TimeStampResp/);
    });
    await expect(requestTimestamp("not a url", digest)).rejects.toThrow(/could not be reached/);
    await expect(requestTimestamp(server.url, new Uint8Array(20))).rejects.toThrow(/32 bytes/);
  });

  it("times out on a TSA that never answers, or stalls mid-reply", async () => {
    const silent = await startTestServer(() => {});
    const t0 = performance.now();
    await expect(requestTimestamp(silent.url, digest, { timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms/);
    expect(performance.now() - t0).toBeLessThan(1500);
    await silent.close();

    const stalling = await startTestServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/timestamp-reply", "content-length": "1000" });
      response.write(new Uint8Array([0x30, 0x82]));
    });
    await expect(requestTimestamp(stalling.url, digest, { timeoutMs: 200 })).rejects.toThrow(/timed out/);
    await stalling.close();
  });

  it("reports refusals with their status and failInfo", async () => {
    await withServer(async () => tsa.handle(new Uint8Array([0x05, 0x00])), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow("refused the request: status rejection (badDataFormat): The request is not a DER TimeStampReq");
    });
    await withServer(async () => new Uint8Array(new asn1js.Sequence({ value: [new pkijs.PKIStatusInfo({ status: 0 }).toSchema()] }).toBER()), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/granted the request but sent no token/);
    });
  });

  it("refuses tokens with a wrong or missing nonce, or over other data", async () => {
    await withServer(async () => granted(await tsa.timestamp(digest, new Uint8Array([1, 2, 3]))), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/nonce does not match/);
    });
    await withServer(async () => granted(await tsa.timestamp(digest)), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/nonce does not match/);
    });
    await withServer(async (request) => granted(await tsa.timestamp(sha256(digest), nonceOf(request))), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/unusable token: The time-stamp token is over different data/);
    });
    await withServer(async (request) => granted(await tsa.timestamp(digest, nonceOf(request), false)), async (url) => {
      await expect(requestTimestamp(url, digest)).rejects.toThrow(/TSA certificate is not in the time-stamp token/);
    });
    // The request itself is what an RFC 3161 server expects.
    const request = new pkijs.TimeStampReq({ schema: asn1js.fromBER(toArrayBuffer(buildTimestampRequest(digest, new Uint8Array([9])))).result });
    expect(request).toMatchObject({ version: 1, certReq: true });
  });
});

describe("timestampFromUrl", () => {
  it("returns a token, or null and the error to onError, never throwing", async () => {
    const callback = timestampFromUrl(server.url);
    const signatureValue = new TextEncoder().encode("a signature");
    const token = await callback(signatureValue);
    expect(token).not.toBeNull();
    await verifyTimestampToken(token!, { imprint: sha256(signatureValue) });

    const errors: unknown[] = [];
    const down = timestampFromUrl(await closedPortUrl(), { onError: (error) => errors.push(error) });
    expect(await down(signatureValue)).toBeNull();
    expect(String(errors[0])).toMatch(/could not be reached/);
    const throwingHook = timestampFromUrl(await closedPortUrl(), {
      onError: () => {
        throw new Error("hook");
      },
    });
    expect(await throwingHook(signatureValue)).toBeNull();
  });
});
