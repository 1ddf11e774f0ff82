/**
 * With SIGNING_TSA_URL set, receipts are sealed PAdES-B-T by a real RFC 3161 exchange over HTTP
 * (the local TSA from lib/signing, under its own root, as an external TSA would be).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { receiptDocuments } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { trustedRoots } from "@/lib/signing/key-store";
import { createLocalTsa, startLocalTsaServer } from "@/lib/signing/local-tsa";
import { certificateToPem, createRootCa } from "@/lib/signing/pki";
import { contextFor, makeDraft, makeOffice, makeResident, testDb, testPool } from "@/lib/testing/database";
import { signAndSubmit } from "@/lib/testing/signing";
import { verifyReceiptPdf } from "./verify-receipt";

const service = getService("residence-registration");
let tsaServer: { url: string; close(): Promise<void> };
let tsaRoot: Uint8Array;

beforeAll(async () => {
  const now = new Date(Date.now() - 60_000);
  const root = await createRootCa({ commonName: "External TSA Root (test)", now });
  tsaRoot = root.certDer;
  tsaServer = await startLocalTsaServer({ tsa: await createLocalTsa({ root, now }) });
  // Read lazily by lib/env on first use, which comes after this in this file's module registry.
  process.env.SIGNING_TSA_URL = tsaServer.url;
  process.env.SIGNING_TSA_ROOTS = certificateToPem(root.certDer);
});
afterAll(async () => {
  await tsaServer.close();
  await testPool.end();
});

describe("receipts with a time-stamp authority configured", () => {
  it("are sealed PAdES-B-T; the TSA's root vouches for the time only", async () => {
    const { office } = await makeOffice();
    const resident = await makeResident({ withEmail: true });
    const answers = buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));
    const filed = await signAndSubmit(contextFor(resident), (await makeDraft(resident, office.id, answers)).id);
    const [doc] = await testDb.select().from(receiptDocuments).where(eq(receiptDocuments.receiptId, filed.receiptId));
    const roots = await trustedRoots(testDb);
    const verdict = await verifyReceiptPdf(new Uint8Array(doc!.pdf), roots, { timestampRoots: [tsaRoot] });
    expect(verdict).toMatchObject({ ok: true, seal: { level: "PAdES-B-T" } });
    if (verdict.ok) expect(Math.abs(Date.parse(verdict.seal.timestampTime!) - Date.now())).toBeLessThan(120_000);
    // Without trusting the TSA's root the time-stamp cannot be checked: refused, not silently B-B.
    expect(await verifyReceiptPdf(new Uint8Array(doc!.pdf), roots)).toMatchObject({ ok: false, failure: "untrusted" });
    // And the TSA's root never makes a seal trusted on its own.
    expect(await verifyReceiptPdf(new Uint8Array(doc!.pdf), [tsaRoot])).toMatchObject({ ok: false, failure: "untrusted" });
  });
});
