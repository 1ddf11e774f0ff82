/**
 * Benchmark of the document builders: build + doc.save({ useObjectStreams: false }), which is
 * what sealing does. 20 warm-up runs, then 200 measured runs; prints median and p95 (ms).
 *
 *   npx tsx lib/documents/bench-documents.ts
 *
 * Receipts differ in every run (id, digests, QR code), so no cache hides the per-receipt work.
 */
import { buildApplicationPdf } from "./application-pdf";
import { buildReceiptPdf } from "./receipt-pdf";
import { manyRows, sampleApplicationInput, sampleReceiptInput } from "./samples";

const WARM_UP = 20;
const RUNS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bench(name: string, run: (i: number) => Promise<Uint8Array>): Promise<void> {
  const first = performance.now();
  const bytes = await run(0);
  const firstMs = performance.now() - first;
  for (let i = 1; i < WARM_UP; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(WARM_UP + i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(36)} median ${percentile(times, 50).toFixed(2).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms   ` +
      `(first call ${firstMs.toFixed(1)} ms, ${(bytes.length / 1024).toFixed(1)} KB)`,
  );
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}; ${WARM_UP} warm-up runs, ${RUNS} measured; build + save({ useObjectStreams: false })`);
  // Inputs are made before timing (canonical JSON and hashes are not the builder's work).
  const receipts = Array.from({ length: WARM_UP + RUNS }, (_, i) => sampleReceiptInput(1000 + i));
  await bench("receipt (1 page, QR, upo.json)", async (i) => {
    const doc = await buildReceiptPdf(receipts[i]!);
    return doc.save({ useObjectStreams: false });
  });
  const application = sampleApplicationInput();
  await bench("application (4 sections, 14 rows)", async () => {
    const doc = await buildApplicationPdf(application);
    return doc.save({ useObjectStreams: false });
  });
  const large = sampleApplicationInput(manyRows(200));
  await bench("application (200 rows)", async () => {
    const doc = await buildApplicationPdf(large);
    return doc.save({ useObjectStreams: false });
  });
  // pdf-lib's writer yields to the event loop (setTimeout 0, ≥1 ms) every 50 objects by default.
  const moreReceipts = Array.from({ length: WARM_UP + RUNS }, (_, i) => sampleReceiptInput(5000 + i));
  await bench("receipt, save without yielding", async (i) => {
    const doc = await buildReceiptPdf(moreReceipts[i]!);
    return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
  });
}

await main();
