import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256, toArrayBuffer } from "./bytes";
import { createLocalTsa, LOCAL_TSA_POLICY_OID, startLocalTsaServer, type LocalTsa } from "./local-tsa";
import { OID } from "./oids";
import { certificateToPem, type IssuedKey } from "./pki";
import { createTestPki, type TestPki } from "./test-support";
import { verifyTimestampToken } from "./timestamp-token";
import { buildTimestampRequest } from "./tsa-client";

let pki: TestPki;
let tsa: LocalTsa;
const digest = sha256(new TextEncoder().encode("time-stamp me"));

beforeAll(async () => {
  pki = await createTestPki(new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000));
  tsa = await createLocalTsa({ root: pki.root, now: pki.now });
});

function parseResponse(der: Uint8Array): { status: number; failBits: Uint8Array | null; token: Uint8Array | null } {
  const sequence = asn1js.fromBER(toArrayBuffer(der)).result as asn1js.Sequence;
  const [statusSchema, token] = sequence.valueBlock.value;
  const status = new pkijs.PKIStatusInfo({ schema: statusSchema });
  return {
    status: status.status,
    failBits: status.failInfo ? new Uint8Array(status.failInfo.valueBlock.valueHexView) : null,
    token: token ? new Uint8Array(token.valueBeforeDecodeView) : null,
  };
}

function tstInfoOf(token: Uint8Array): pkijs.TSTInfo {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(token)).content });
  const eContent = signedData.encapContentInfo.eContent!;
  expect(eContent.idBlock.isConstructed).toBe(false); // pitfall 5: primitive OCTET STRING
  return pkijs.TSTInfo.fromBER(eContent.valueBlock.valueHexView.slice().buffer);
}

describe("local TSA", () => {
  it("issues a TSA certificate with the critical id-kp-timeStamping EKU as its only purpose", () => {
    const cert = new x509.X509Certificate(toArrayBuffer(tsa.certificate.certDer));
    const eku = cert.getExtension(x509.ExtendedKeyUsageExtension)!;
    expect(eku.critical).toBe(true);
    expect(eku.usages).toEqual([OID.kpTimeStamping]);
    expect(cert.getExtension(x509.KeyUsagesExtension)).toMatchObject({ critical: true, usages: x509.KeyUsageFlags.digitalSignature });
    expect(cert.issuer).toBe("C=PL, CN=Okienko Test Root CA");
  });

  it("makes tokens that verify against the root, with genTime in whole seconds, accuracy 1 s and its policy", async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const nonce = new Uint8Array([0x12, 0x34, 0x56]);
    const token = await tsa.timestamp(digest, nonce);
    const info = await verifyTimestampToken(token, { imprint: digest, trustedRoots: [pki.root.certDer] });
    expect(info.genTime.getTime() % 1000).toBe(0);
    expect(info.genTime.getTime()).toBeGreaterThanOrEqual(before);
    expect(info.genTime.getTime()).toBeLessThanOrEqual(Date.now());
    expect(info).toMatchObject({ accuracyMs: 1000, policy: LOCAL_TSA_POLICY_OID, nonce, tsa: { kid: tsa.certificate.kid } });
    expect(info.serialNumber).toMatch(/^[0-9a-f]{32}$/);
    const tstInfo = tstInfoOf(token);
    expect(tstInfo.tsa?.type).toBe(4);
    expect(tstInfo.ordering).toBeUndefined();

    // Two tokens never share a serial.
    const again = await verifyTimestampToken(await tsa.timestamp(digest), { imprint: digest });
    expect(again.serialNumber).not.toBe(info.serialNumber);
    expect(again.nonce).toBeNull();
  });

  it("refuses its tokens for another imprint, another root, or another time source", async () => {
    const token = await tsa.timestamp(digest);
    await expect(verifyTimestampToken(token, { imprint: sha256(digest) })).rejects.toMatchObject({ code: "bad-timestamp", message: /imprint mismatch/ });
    await expect(verifyTimestampToken(token, { imprint: digest, trustedRoots: [pki.otherRoot.certDer] })).rejects.toMatchObject({ code: "untrusted" });
    await expect(verifyTimestampToken(token, { imprint: digest, trustedRoots: [] })).rejects.toMatchObject({ code: "untrusted" });

    const early = await createLocalTsa({ certificate: tsa.certificate, clock: () => new Date(pki.now.getTime() - 60_000) });
    await expect(verifyTimestampToken(await early.timestamp(digest), { imprint: digest })).rejects.toMatchObject({ code: "bad-timestamp", message: /not valid at genTime/ });
  });

  it("refuses a TSA certificate whose timeStamping EKU is not critical", async () => {
    const sloppy = await issueWithEku(pki.root, false);
    const sloppyTsa = await createLocalTsa({ certificate: sloppy });
    await expect(verifyTimestampToken(await sloppyTsa.timestamp(digest), { imprint: digest })).rejects.toMatchObject({ code: "bad-timestamp", message: /critical/ });
  });

  it("answers TimeStampReqs: granted with the nonce echoed and the certificate on request, rejections with failInfo", async () => {
    const nonce = new Uint8Array([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);
    const granted = parseResponse(await tsa.handle(buildTimestampRequest(digest, nonce)));
    expect(granted.status).toBe(0);
    const info = await verifyTimestampToken(granted.token!, { imprint: digest, trustedRoots: [pki.root.certDer] });
    expect(info.nonce).toEqual(nonce);

    const garbage = parseResponse(await tsa.handle(new Uint8Array([1, 2, 3])));
    expect(garbage).toMatchObject({ status: 2, token: null });
    expect(garbage.failBits).toEqual(new Uint8Array([0x04])); // badDataFormat = bit 5

    const sha1Request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({ hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha1 }), hashedMessage: new asn1js.OctetString({ valueHex: new ArrayBuffer(20) }) }),
    });
    const badAlg = parseResponse(await tsa.handle(new Uint8Array(sha1Request.toSchema().toBER())));
    expect(badAlg).toMatchObject({ status: 2, failBits: new Uint8Array([0x80]) });

    const policyRequest = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({ hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }), hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }) }),
      reqPolicy: "1.2.3.4",
    });
    const badPolicy = parseResponse(await tsa.handle(new Uint8Array(policyRequest.toSchema().toBER())));
    expect(badPolicy).toMatchObject({ status: 2, failBits: new Uint8Array([0x00, 0x01]) }); // unacceptedPolicy = bit 15

    // certReq absent → no certificates in the token (RFC 3161 §2.4.1).
    const noCertRequest = new pkijs.TimeStampReq({ version: 1, messageImprint: policyRequest.messageImprint });
    const noCert = parseResponse(await tsa.handle(new Uint8Array(noCertRequest.toSchema().toBER())));
    expect(noCert.status).toBe(0);
    await expect(verifyTimestampToken(noCert.token!, { imprint: digest })).rejects.toThrow(/certReq/);
  });

  it("serves RFC 3161 over HTTP: POST application/timestamp-query only", async () => {
    const server = await startLocalTsaServer({ tsa, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const ok = await fetch(server.url, { method: "POST", headers: { "content-type": "application/timestamp-query" }, body: buildTimestampRequest(digest, new Uint8Array([7])) });
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toBe("application/timestamp-reply");
      expect(parseResponse(new Uint8Array(await ok.arrayBuffer())).status).toBe(0);

      const get = await fetch(server.url);
      expect(get.status).toBe(405);
      expect(get.headers.get("allow")).toBe("POST");
      await get.body?.cancel();
      const wrongType = await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
      expect(wrongType.status).toBe(415);
      await wrongType.body?.cancel();
      const huge = await fetch(server.url, { method: "POST", headers: { "content-type": "application/timestamp-query" }, body: new Uint8Array(100_000) });
      expect(huge.status).toBe(413);
      await huge.body?.cancel();
    } finally {
      await server.close();
    }
  });
});

/** A TSA certificate like issueTsaCertificate's but with the EKU critical flag of our choice. */
async function issueWithEku(root: IssuedKey, critical: boolean): Promise<IssuedKey> {
  const alg = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
  const rootCert = new x509.X509Certificate(toArrayBuffer(root.certDer));
  const rootKey = await crypto.subtle.importKey("pkcs8", toArrayBuffer(root.pkcs8Der), alg, false, ["sign"]);
  const keys = await crypto.subtle.generateKey(alg, true, ["sign", "verify"]);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: "0badc0de",
    subject: "CN=Sloppy TSA",
    issuer: rootCert.subjectName,
    notBefore: pki.now,
    notAfter: new Date(pki.now.getTime() + 365 * 24 * 3_600_000),
    signingAlgorithm: alg,
    publicKey: keys.publicKey,
    signingKey: rootKey,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true), new x509.ExtendedKeyUsageExtension([OID.kpTimeStamping], critical)],
  });
  const certDer = new Uint8Array(cert.rawData);
  return { certDer, pkcs8Der: new Uint8Array(await crypto.subtle.exportKey("pkcs8", keys.privateKey)), kid: "", notBefore: cert.notBefore, notAfter: cert.notAfter };
}

const haveOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!haveOpenssl)("openssl ts -verify", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "okienko-tsa-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("accepts a reply and a token from the local TSA with the root as CA file", async () => {
    const data = new TextEncoder().encode("data for openssl");
    const rootPem = path.join(dir, "root.pem");
    const dataFile = path.join(dir, "data.bin");
    const reply = path.join(dir, "reply.tsr");
    const token = path.join(dir, "token.der");
    writeFileSync(rootPem, certificateToPem(pki.root.certDer));
    writeFileSync(dataFile, data);
    const response = await tsa.handle(buildTimestampRequest(sha256(data), new Uint8Array([0x42, 0x42])));
    writeFileSync(reply, response);
    writeFileSync(token, parseResponse(response).token!);

    const run = (args: string[]) => execFileSync("openssl", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run(["ts", "-verify", "-in", reply, "-data", dataFile, "-CAfile", rootPem])).toContain("Verification: OK");
    expect(run(["ts", "-verify", "-in", token, "-token_in", "-digest", Buffer.from(sha256(data)).toString("hex"), "-CAfile", rootPem])).toContain("Verification: OK");
    expect(run(["ts", "-reply", "-in", reply, "-text"])).toMatch(/Policy OID: 2\.999\.3161\.1[\s\S]*Accuracy: (0x)?0?1 seconds/);
    expect(() => run(["ts", "-verify", "-in", reply, "-data", rootPem, "-CAfile", rootPem])).toThrow();
  });
});
