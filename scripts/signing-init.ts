/**
 * `npm run signing:init`: creates what is missing of the platform's keys (root CA, submission
 * seal, a receipt seal per office) in DATABASE_URL, private keys encrypted under SIGNING_KEK,
 * and writes the root certificate to .data/signing/root.pem for offline verification.
 * `npm run signing:init -- --new-kek` only prints a fresh random SIGNING_KEK.
 * (The portal also creates missing keys on first use; this makes it explicit.)
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { createDatabase, createPool } from "../db/client";
import { ensureSigningKeys, publishedCertificates } from "../lib/signing/key-store";
import { certificateToPem, describeCertificate } from "../lib/signing/pki";

async function main(): Promise<number> {
  if (process.argv.includes("--new-kek")) {
    console.log(randomBytes(32).toString("base64url"));
    return 0;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    return 2;
  }
  if (!process.env.SIGNING_KEK) {
    console.error("SIGNING_KEK is not set (make one with: npm run signing:init -- --new-kek).");
    return 2;
  }
  const pool = createPool(url, { max: 2 });
  try {
    const db = createDatabase(pool);
    const { created } = await ensureSigningKeys(db);
    for (const line of created) console.log(`created ${line}`);
    const root = (await publishedCertificates(db)).find((c) => c.purpose === "root" && c.status === "active");
    if (!root) throw new Error("no root certificate");
    const file = path.join(process.cwd(), ".data", "signing", "root.pem");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, certificateToPem(root.der));
    const info = describeCertificate(root.der);
    console.log(`root: ${info.subject}\nSHA-256 fingerprint: ${info.sha256Fingerprint}\nwritten to ${path.relative(process.cwd(), file)}`);
    return 0;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
