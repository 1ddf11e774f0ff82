/**
 * `npm run verify-receipt -- <receipt.pdf> [--root root.pem] [--tsa-root tsa-root.pem] [--json]`: verifies a receipt
 * offline against the portal's published root certificate (default .data/signing/root.pem,
 * written by `npm run signing:init`; download it from /certificates/root.pem). Exit 0 when
 * valid; 1 with the reason when not; 2 on usage errors.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { verifyReceiptPdf } from "../lib/receipts/verify-receipt";
import { pemToDer } from "../lib/signing/pki";
import { pemBlocksToDer } from "../lib/signing/timestamp-settings";

function usage(message: string): number {
  console.error(`${message}\nUsage: npm run verify-receipt -- <receipt.pdf> [--root root.pem] [--tsa-root tsa-root.pem] [--json]`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const rest = argv.filter((a) => a !== "--json");
  const rootAt = rest.indexOf("--root");
  const rootFile = rootAt >= 0 ? rest[rootAt + 1] : path.join(process.cwd(), ".data", "signing", "root.pem");
  if (rootAt >= 0) rest.splice(rootAt, 2);
  const tsaAt = rest.indexOf("--tsa-root");
  const tsaRootFile = tsaAt >= 0 ? rest[tsaAt + 1] : undefined;
  if (tsaAt >= 0) rest.splice(tsaAt, 2);
  if (tsaAt >= 0 && (!tsaRootFile || !existsSync(tsaRootFile))) return usage(`TSA root certificate not found: ${tsaRootFile ?? "(none)"}.`);
  const file = rest[0];
  if (!file || rest.length > 1) return usage("Give one receipt file.");
  if (!rootFile || !existsSync(rootFile)) return usage(`Root certificate not found: ${rootFile ?? "(none)"}.`);
  if (!existsSync(file)) return usage(`File not found: ${file}.`);
  const roots = [pemToDer(readFileSync(rootFile, "utf8"))];
  const timestampRoots = tsaRootFile ? pemBlocksToDer(readFileSync(tsaRootFile, "utf8")) : [];
  const verdict = await verifyReceiptPdf(new Uint8Array(readFileSync(file)), roots, { timestampRoots });
  if (json) console.log(JSON.stringify(verdict, null, 2));
  else if (verdict.ok) {
    const r = verdict.receipt;
    console.log(`VALID receipt ${r.receiptId}\n  office:      ${r.office.name}\n  service:     ${r.service.name}\n  case:        ${r.caseNumber}\n  received at: ${r.receivedAt}\n  sealed by:   ${verdict.seal.subject} (key ${verdict.seal.kid}, ${verdict.seal.level}${verdict.seal.timestampTime ? `, time-stamped ${verdict.seal.timestampTime}` : ""})\n  upo.json:    sha-256 ${verdict.receiptSha256}`);
  } else console.log(`INVALID: ${verdict.failure} — ${verdict.detail}`);
  return verdict.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`INVALID: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
