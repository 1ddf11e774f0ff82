import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "./bytes";
import { sealPdfWithLevel } from "./pades";
import { pemToDer } from "./pki";
import { createTestPki, simplePdf, testSealMeta, type TestPki } from "./test-support";
import { verifyTimestampToken } from "./timestamp-token";
import { requestTimestamp, type FetchLike } from "./tsa-client";
import { timestampFromUrl } from "./tsa-config";
import { verifyPdfSeal } from "./verify-pdf";

const haveOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** OpenSSL's own TSA (`openssl ts -reply`): an independent RFC 3161 implementation, RSA or ECDSA. */
const CONFIG = (essAlg: string) => `
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = OpenSSL Test TSA
[ root_ext ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ tsa_ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = ./serial
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.2
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
certs = ./chain.pem
ess_cert_id_chain = no
ess_cert_id_alg = ${essAlg}
`;

describe.skipIf(!haveOpenssl)("tokens from OpenSSL's TSA", () => {
  let pki: TestPki;
  let dir: string;
  beforeAll(async () => {
    pki = await createTestPki(new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000));
    dir = mkdtempSync(path.join(tmpdir(), "okienko-openssl-tsa-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Creates a root and a TSA under it with OpenSSL; returns the root DER and a fetch that runs `openssl ts -reply`. */
  function opensslTsa(name: string, newkey: string[], essAlg: string): { rootDer: Uint8Array; fetchImpl: FetchLike } {
    const at = (file: string) => path.join(dir, `${name}-${file}`);
    const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    // certs = the root: the TSA sends its chain, which must then end in the pinned root byte for byte.
    writeFileSync(at("tsa.cnf"), CONFIG(essAlg).replace("./serial", at("serial")).replace("./chain.pem", at("root.pem")));
    writeFileSync(at("serial"), "01\n");
    run(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", at("root.key"), "-out", at("root.pem"), "-subj", `/CN=${name} root`, "-days", "30", "-config", at("tsa.cnf"), "-extensions", "root_ext"]);
    run(["req", ...newkey, "-nodes", "-keyout", at("tsa.key"), "-out", at("tsa.csr"), "-config", at("tsa.cnf")]);
    run(["x509", "-req", "-in", at("tsa.csr"), "-CA", at("root.pem"), "-CAkey", at("root.key"), "-CAcreateserial", "-out", at("tsa.pem"), "-days", "20", "-extfile", at("tsa.cnf"), "-extensions", "tsa_ext"]);
    const fetchImpl: FetchLike = async (_url, init) => {
      writeFileSync(at("q.tsq"), init.body);
      run(["ts", "-reply", "-config", at("tsa.cnf"), "-queryfile", at("q.tsq"), "-signer", at("tsa.pem"), "-inkey", at("tsa.key"), "-out", at("r.tsr")]);
      return new Response(new Uint8Array(readFileSync(at("r.tsr"))), { status: 200, headers: { "content-type": "application/timestamp-reply" } });
    };
    return { rootDer: pemToDer(readFileSync(at("root.pem"), "utf8")), fetchImpl };
  }

  const variants: [string, string[], string][] = [
    ["rsa", ["-newkey", "rsa:2048"], "sha1"], // RSA PKCS#1 v1.5, ESS signing-certificate (v1, SHA-1)
    ["p384", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"], "sha256"], // ECDSA P-384, ESS v2
  ];

  it.each(variants)("%s: requestTimestamp accepts the token, verifyTimestampToken and a B-T seal verify against its root", async (name, newkey, essAlg) => {
    const { rootDer, fetchImpl } = opensslTsa(name, newkey, essAlg);
    const digest = sha256(new TextEncoder().encode(`openssl ${name}`));
    const token = await requestTimestamp("https://tsa.invalid/", digest, { fetchImpl });
    const info = await verifyTimestampToken(token, { imprint: digest, trustedRoots: [rootDer] });
    expect(info).toMatchObject({ policy: "1.2.3.4.1", accuracyMs: 1000, tsa: { subject: "CN=OpenSSL Test TSA" } });

    const sealed = await sealPdfWithLevel(await simplePdf(), pki.signer, testSealMeta(new Date(pki.now.getTime() + 60_000)), {
      timestamp: timestampFromUrl("https://tsa.invalid/", { fetchImpl }),
    });
    expect(sealed.level).toBe("PAdES-B-T");
    expect(await verifyPdfSeal(sealed.pdf, [pki.root.certDer, rootDer])).toMatchObject({ ok: true, level: "PAdES-B-T" });
    // The TSA's root must be trusted too: with only the seal's root the time-stamp is untrusted.
    expect(await verifyPdfSeal(sealed.pdf, [pki.root.certDer])).toMatchObject({ ok: false, code: "untrusted", message: /Time-stamp authority/ });
  });
});
