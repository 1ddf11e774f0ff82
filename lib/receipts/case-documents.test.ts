import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { receipts } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import type { ResidentActor } from "@/lib/identity/actor";
import { publishedCertificates, rotateSealKey, trustedRoots } from "@/lib/signing/key-store";
import { verifyJws } from "@/lib/signing/jws";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { signAndSubmit } from "@/lib/testing/signing";
import { caseDocumentKinds, getCaseDocument } from "./case-documents";
import { checkReceiptRecord } from "./receipt-record";
import { verifyReceiptPdf } from "./verify-receipt";

const service = getService("residence-registration");
const answersOf = (r: ResidentActor) => buildExampleAnswers(service.form, formEnvFor(contextFor(r)), identityPrefillOf(r));

let setup: Awaited<ReturnType<typeof makeOffice>>;
let owner: ResidentActor;
let filed: Awaited<ReturnType<typeof signAndSubmit>>;

beforeAll(async () => {
  setup = await makeOffice();
  owner = await makeResident({ withEmail: true });
  filed = await signAndSubmit(contextFor(owner), (await makeDraft(owner, setup.office.id, answersOf(owner))).id);
});
afterAll(() => testPool.end());

describe("a case's signed documents", () => {
  it("go to the applicant and the office's staff, each as the right kind of file", async () => {
    const clerk = await makeStaff(setup.office.id, setup.department.id);
    for (const ctx of [contextFor(owner), contextFor(clerk)]) {
      for (const kind of caseDocumentKinds) {
        const doc = await getCaseDocument(ctx, filed.caseId, kind);
        expect(doc.content.length).toBeGreaterThan(0);
        if (kind.endsWith(".pdf")) expect(doc.content.subarray(0, 5).toString()).toBe("%PDF-");
      }
    }
    const pdf = await getCaseDocument(contextFor(owner), filed.caseId, "upo.pdf");
    const json = await getCaseDocument(contextFor(owner), filed.caseId, "upo.json");
    const jws = await getCaseDocument(contextFor(owner), filed.caseId, "upo.jws");
    const roots = await trustedRoots(testDb);
    const verdict = await verifyReceiptPdf(new Uint8Array(pdf.content), roots);
    expect(verdict.ok).toBe(true);
    // The detached JWS covers exactly the upo.json bytes.
    expect((await verifyJws(jws.content.toString("utf8"), { detachedPayload: new Uint8Array(json.content), trustedRoots: roots })).ok).toBe(true);
  });

  it("are not found for another resident, another office's staff, or nobody signed in", async () => {
    const other = await makeOffice();
    for (const actor of [await makeResident(), await makeStaff(other.office.id, other.department.id), { type: "anonymous" as const }]) {
      for (const kind of caseDocumentKinds) {
        await expect(getCaseDocument(contextFor(actor), filed.caseId, kind)).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
    await expect(getCaseDocument(contextFor(owner), "not-a-uuid", "upo.pdf")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers the public record check only with the right hash, and without personal data", async () => {
    const [row] = await testDb.select().from(receipts).where(eq(receipts.id, filed.receiptId));
    const ok = await checkReceiptRecord(row!.receiptNumber, row!.sha256);
    expect(ok).toMatchObject({ found: true, matches: true, jwsValid: true, officeName: setup.office.name });
    expect(JSON.stringify(ok)).not.toContain(owner.pesel);
    expect(await checkReceiptRecord(row!.receiptNumber, "0".repeat(64))).toEqual({ found: true, matches: false });
    expect(await checkReceiptRecord("UPO/NOPE/2026/000001", row!.sha256)).toEqual({ found: false });
  });

  it("stay verifiable after the office's seal key is rotated; new receipts name the new key", async () => {
    const [before] = await testDb.select().from(receipts).where(eq(receipts.id, filed.receiptId));
    const newKid = await rotateSealKey(testDb, "receipt-seal", { id: setup.office.id, name: setup.office.name });
    expect(newKid).not.toBe(before!.kid);
    const next = await makeResident({ withEmail: true });
    const second = await signAndSubmit(contextFor(next), (await makeDraft(next, setup.office.id, answersOf(next))).id);
    const [after] = await testDb.select().from(receipts).where(eq(receipts.id, second.receiptId));
    expect(after!.kid).toBe(newKid);
    const roots = await trustedRoots(testDb);
    const old = await getCaseDocument(contextFor(owner), filed.caseId, "upo.pdf");
    expect(await verifyReceiptPdf(new Uint8Array(old.content), roots)).toMatchObject({ ok: true, seal: { kid: before!.kid } });
    const certificates = await publishedCertificates(testDb);
    expect(certificates.find((c) => c.kid === before!.kid)?.status).toBe("retired");
    expect(certificates.find((c) => c.kid === newKid)?.status).toBe("active");
  });
});
