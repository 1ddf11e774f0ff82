/**
 * `npm run bench:receipt`: how long a sealed receipt takes on this machine — the receipt PDF
 * built from canonical JSON (embedded subset font, QR code, upo.json attached) and sealed
 * PAdES-B-B with an office key — and, for reference, the seal alone, the detached JWS and the
 * offline verification. Prints median / p95 / p99 in ms and writes bench/results/receipt.json.
 * No database: keys are made in memory exactly as `signing:init` makes them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { PDFDocument } from "pdf-lib";

import { buildReceiptPdf, receiptPdfLabelsPl } from "../lib/documents/receipt-pdf";
import { verifyReceiptPdf } from "../lib/receipts/verify-receipt";
import { signDetachedJws } from "../lib/signing/jws";
import { sealPdf } from "../lib/signing/pades";
import { createRootCa, issueSealCertificate } from "../lib/signing/pki";
import type { ReceiptJson } from "../lib/signing/receipt-types";
import { LocalKeySigner } from "../lib/signing/signer";
import { canonicalBytes, sha256Hex } from "../lib/submissions/canonical-json";

const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 300);
const warmup = 30;

function sampleReceipt(seq: number): ReceiptJson {
  const now = new Date().toISOString();
  return {
    type: "urn:okienko:upo:v1",
    receiptId: `UPO/UMG/2026/${String(seq).padStart(6, "0")}`,
    receivedAt: now,
    issuedAt: now,
    office: { id: "5b1f8c52-1b1e-4f0e-9d7e-1f4f0f9b2a11", name: "Urząd Miejski w Gliwicach" },
    sender: { name: "Zażółć Gęślą-Jaźń", pesel: "44051401458", identityProvider: "national-id", levelOfAssurance: "substantial" },
    service: { id: "residence-registration", name: "Zameldowanie na pobyt stały lub czasowy", formVersion: 1 },
    caseNumber: `SO.5341.${seq}.2026`,
    submission: {
      id: "0b6f7f0e-2d7c-4a59-8d61-8e3f3e0e6b7a",
      contentDigest: { alg: "sha-256", c14n: "rfc8785", value: sha256Hex(Buffer.from(String(seq))) },
      signatureDigest: sha256Hex(Buffer.from(`sig${seq}`)),
      signatureType: "portal-confirmed-code",
      attachments: [{ name: "umowa-najmu.pdf", mediaType: "application/pdf", size: 183_211, sha256: sha256Hex(Buffer.from("a")) }],
    },
    ledger: { seq, prevHash: sha256Hex(Buffer.from(String(seq - 1))) },
    verify: { url: `http://localhost:3000/verify?receipt=UPO%2FUMG%2F2026%2F${seq}&hash=${sha256Hex(Buffer.from(String(seq)))}` },
  };
}

async function measure(name: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2));
  return { scenario: name, runs, median_ms: at(0.5), p95_ms: at(0.95), p99_ms: at(0.99) };
}

async function main() {
  const now = new Date();
  const root = await createRootCa({ commonName: "Okienko Root CA (bench)", now });
  const seal = await issueSealCertificate(root, { commonName: "Urząd Miejski w Gliwicach — pieczęć UPO", organization: "Urząd Miejski w Gliwicach", purpose: "receipt-seal", now });
  const signer = await LocalKeySigner.create(seal.pkcs8Der, [seal.certDer, root.certDer]);
  const meta = { reason: "Urzędowe poświadczenie odbioru", name: "Urząd Miejski w Gliwicach", location: "Gliwice", signingTime: now };

  const build = async (i: number) => {
    const receipt = sampleReceipt(i + 1);
    const canonical = canonicalBytes(receipt);
    return buildReceiptPdf({ receipt, canonicalBytes: canonical, receiptSha256: sha256Hex(canonical), labels: receiptPdfLabelsPl });
  };
  const results = [];
  results.push(await measure("receipt: build + PAdES seal (what a submission waits for)", async (i) => sealPdf(await build(i), signer, meta)));
  results.push(await measure("receipt: build only (saved, unsigned)", async (i) => (await build(i)).save({ useObjectStreams: false })));
  const simple = await PDFDocument.create();
  simple.addPage();
  const simpleBytes = await simple.save({ useObjectStreams: false });
  results.push(await measure("seal only (a one-page PDF)", async () => sealPdf(await PDFDocument.load(simpleBytes), signer, meta)));
  results.push(await measure("detached JWS over upo.json", async (i) => signDetachedJws(canonicalBytes(sampleReceipt(i + 1)), signer, "upo+jws")));
  const sealed = await sealPdf(await build(1), signer, meta);
  results.push(await measure("verify a receipt offline (seal + chain + upo.json)", async () => verifyReceiptPdf(sealed, [root.certDer])));

  const table = ["| scenario | runs | median ms | p95 ms | p99 ms |", "|---|---:|---:|---:|---:|", ...results.map((r) => `| ${r.scenario} | ${r.runs} | ${r.median_ms} | ${r.p95_ms} | ${r.p99_ms} |`)].join("\n");
  console.log(table);
  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "receipt.json"), `${JSON.stringify({ node: process.version, cpus: (await import("node:os")).cpus().length, at: now.toISOString(), results }, null, 2)}\n`);
  console.log(`\nsealed receipt size: ${sealed.length} bytes; results in bench/results/receipt.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
