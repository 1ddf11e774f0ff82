import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { caseEvents, cases, drafts, receiptDocuments, receipts, signatureChallenges, submissionDocuments, submissions } from "@/db/schema";
import { identityPrefillOf, formEnvFor } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import type { ResidentActor } from "@/lib/identity/actor";
import { verifyReceiptPdf } from "@/lib/receipts/verify-receipt";
import { trustedRoots } from "@/lib/signing/key-store";
import { verifyJws } from "@/lib/signing/jws";
import { sha256Hex } from "@/lib/submissions/canonical-json";
import { requestSigningCode } from "@/lib/submissions/signing-code";
import { contextFor, makeDraft, makeOffice, makeResident, testDb, testPool } from "@/lib/testing/database";
import { codeFromOutbox, documentHashOf, signAndSubmit } from "@/lib/testing/signing";
import { yearInWarsaw } from "../case-number";
import { computeDueDate } from "../deadlines/due-date";
import { submitApplication } from "./submit-application";

const service = getService("residence-registration");
const completeAnswers = (resident: ResidentActor) =>
  buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));

let officeId: string;
beforeAll(async () => {
  officeId = (await makeOffice()).office.id;
});
afterAll(() => testPool.end());

async function draftWithCode(resident: ResidentActor, office = officeId) {
  const draft = await makeDraft(resident, office, completeAnswers(resident));
  const ctx = contextFor(resident);
  const documentHash = await documentHashOf(ctx, draft.id);
  await requestSigningCode(ctx, { draftId: draft.id, documentHash });
  return { draft, ctx, documentHash, code: await codeFromOutbox(resident.userId) };
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("submitApplication (signed)", () => {
  it("files a signed submission: exact canonical bytes, sealed signature and PDF, case, event, chained receipt", async () => {
    const resident = await makeResident({ withEmail: true });
    const { draft, ctx, documentHash, code } = await draftWithCode(resident);
    const result = await submitApplication(ctx, { draftId: draft.id, documentHash, code });

    expect(result.caseNumber).toMatch(new RegExp(`^SO\\.5341\\.\\d+\\.${yearInWarsaw(new Date())}$`));
    const [kase] = await testDb.select().from(cases).where(eq(cases.id, result.caseId));
    expect(kase).toMatchObject({ status: "submitted", applicantId: resident.userId, officeId });
    // The statutory deadline (KPA art. 35/57) from the receipt's time, stored for the queue's order.
    expect(kase!.dueDate).toBe(computeDueDate({ receivedAt: kase!.receivedAt, rule: service.deadline }).dueDate);
    const [submission] = await testDb.select().from(submissions).where(eq(submissions.id, kase!.submissionId));
    expect(sha256Hex(submission!.canonical)).toBe(documentHash);
    expect(submission!.contentDigest).toBe(documentHash);
    const canonical = JSON.parse(submission!.canonical.toString("utf8")) as { applicant: { pesel: string }; service: { id: string; version: number } };
    expect(canonical.applicant.pesel).toBe(resident.pesel);
    expect(canonical.service).toMatchObject({ id: service.id, version: service.version });

    const roots = await trustedRoots(testDb);
    const signature = await verifyJws(submission!.signatureJws, { trustedRoots: roots });
    expect(signature.ok).toBe(true);
    const signed = JSON.parse(Buffer.from(signature.ok ? signature.payload : new Uint8Array()).toString("utf8")) as { documentHash: { value: string }; signer: { pesel: string } };
    expect(signed.documentHash.value).toBe(documentHash);
    expect(signed.signer.pesel).toBe(resident.pesel);
    const [application] = await testDb.select().from(submissionDocuments).where(eq(submissionDocuments.submissionId, submission!.id));
    expect(application!.pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const [receipt] = await testDb.select().from(receipts).where(eq(receipts.caseId, result.caseId));
    expect(receipt!.id).toBe(result.receiptId);
    const [document] = await testDb.select().from(receiptDocuments).where(eq(receiptDocuments.receiptId, receipt!.id));
    const verdict = await verifyReceiptPdf(new Uint8Array(document!.pdf), roots);
    expect(verdict).toMatchObject({ ok: true, receiptSha256: receipt!.sha256 });
    if (verdict.ok) {
      expect(verdict.receipt).toMatchObject({ caseNumber: result.caseNumber, submission: { contentDigest: { value: documentHash } }, office: { id: officeId } });
      expect(verdict.receipt.receivedAt).toBe(kase!.receivedAt.toISOString());
    }
    const events = await testDb.select().from(caseEvents).where(eq(caseEvents.caseId, result.caseId));
    expect(events).toEqual([expect.objectContaining({ type: "case.submitted", toStatus: "submitted" })]);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toEqual([]);
  });

  it("chains receipts per office and keeps them append-only", async () => {
    const { office } = await makeOffice();
    const a = await makeResident({ withEmail: true });
    const b = await makeResident({ withEmail: true });
    const ra = await signAndSubmit(contextFor(a), (await makeDraft(a, office.id, completeAnswers(a))).id);
    const rb = await signAndSubmit(contextFor(b), (await makeDraft(b, office.id, completeAnswers(b))).id);
    const rows = await testDb.select().from(receipts).where(eq(receipts.officeId, office.id)).orderBy(receipts.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(rows[0]!.prevHash).toBeNull();
    expect(rows[1]!.prevHash).toBe(rows[0]!.sha256);
    expect(rows.map((r) => r.id)).toEqual([ra.receiptId, rb.receiptId]);
    const refused = (error: unknown) => /append-only/.test(String((error as { cause?: Error }).cause?.message ?? error));
    await expect(testDb.execute(sql`update receipts set prev_hash = null where id = ${rows[1]!.id}`)).rejects.toSatisfy(refused);
    await expect(testDb.execute(sql`delete from receipts where id = ${rows[1]!.id}`)).rejects.toSatisfy(refused);
    await expect(testDb.execute(sql`delete from receipt_documents where receipt_id = ${rows[1]!.id}`)).rejects.toSatisfy(refused);
  });

  it("is idempotent: a double submit and a replay give one case and one receipt", async () => {
    const resident = await makeResident({ withEmail: true });
    const { draft, ctx, documentHash, code } = await draftWithCode(resident);
    const [a, b] = await Promise.all([
      submitApplication(ctx, { draftId: draft.id, documentHash, code }),
      submitApplication(ctx, { draftId: draft.id, documentHash, code }),
    ]);
    const replay = await submitApplication(ctx, { draftId: draft.id, documentHash, code });
    expect(new Set([a.caseId, b.caseId, replay.caseId]).size).toBe(1);
    expect(new Set([a.receiptId, b.receiptId, replay.receiptId]).size).toBe(1);
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toHaveLength(1);
  });

  it("refuses a wrong code, counts it, and refuses the sixth attempt even with the right code", async () => {
    const resident = await makeResident({ withEmail: true });
    const { draft, ctx, documentHash, code } = await draftWithCode(resident);
    for (let i = 1; i <= 4; i++) {
      await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code: otherCode(code) })).rejects.toMatchObject({ userMessage: "signing.errors.codeWrong" });
    }
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code: otherCode(code) })).rejects.toMatchObject({ userMessage: "signing.errors.codeAttempts" });
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code })).rejects.toMatchObject({ userMessage: "signing.errors.codeAttempts" });
    const [challenge] = await testDb.select().from(signatureChallenges).where(eq(signatureChallenges.draftId, draft.id));
    expect(challenge!.attempts).toBe(5);
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
  });

  it("refuses an expired code", async () => {
    const resident = await makeResident({ withEmail: true });
    const { draft, documentHash, code } = await draftWithCode(resident);
    const later = contextFor(resident, new Date(Date.now() + 10 * 60 * 1000 + 1000));
    await expect(submitApplication(later, { draftId: draft.id, documentHash, code })).rejects.toMatchObject({ userMessage: "signing.errors.codeExpired" });
  });

  it("refuses a code replaced by a newer one, and a code for another document", async () => {
    const resident = await makeResident({ withEmail: true });
    const { draft, ctx, documentHash, code: oldCode } = await draftWithCode(resident);
    await requestSigningCode(ctx, { draftId: draft.id, documentHash });
    const newCode = await codeFromOutbox(resident.userId);
    if (newCode !== oldCode) {
      await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code: oldCode })).rejects.toMatchObject({ userMessage: "signing.errors.codeWrong" });
    }
    // The draft changes after the code was sent: the code belonged to the old document.
    await testDb.update(drafts).set({ updatedAt: new Date(Date.now() + 1000) }).where(eq(drafts.id, draft.id));
    const changedHash = await documentHashOf(ctx, draft.id);
    expect(changedHash).not.toBe(documentHash);
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code: newCode })).rejects.toMatchObject({ userMessage: "signing.errors.documentChanged" });
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash: changedHash, code: newCode })).rejects.toMatchObject({ userMessage: "signing.errors.codeOtherDocument" });
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
  });

  it("needs a code: none requested means no signature", async () => {
    const resident = await makeResident({ withEmail: true });
    const draft = await makeDraft(resident, officeId, completeAnswers(resident));
    const ctx = contextFor(resident);
    const documentHash = await documentHashOf(ctx, draft.id);
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code: "123456" })).rejects.toMatchObject({ userMessage: "signing.errors.codeNone" });
  });

  it("refuses a code request for a changed document and for a resident without a confirmed e-mail", async () => {
    const resident = await makeResident({ withEmail: true });
    const draft = await makeDraft(resident, officeId, completeAnswers(resident));
    const ctx = contextFor(resident);
    await expect(requestSigningCode(ctx, { draftId: draft.id, documentHash: "0".repeat(64) })).rejects.toMatchObject({ userMessage: "signing.errors.documentChanged" });
    const noEmail = await makeResident();
    const theirs = await makeDraft(noEmail, officeId, completeAnswers(noEmail));
    const theirCtx = contextFor(noEmail);
    await expect(requestSigningCode(theirCtx, { draftId: theirs.id, documentHash: await documentHashOf(theirCtx, theirs.id) })).rejects.toMatchObject({ userMessage: "signing.errors.noEmail" });
  });

  it("refuses another resident's draft (404) and writes nothing", async () => {
    const owner = await makeResident({ withEmail: true });
    const other = await makeResident({ withEmail: true });
    const { draft, documentHash, code } = await draftWithCode(owner);
    await expect(submitApplication(contextFor(other), { draftId: draft.id, documentHash, code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestSigningCode(contextFor(other), { draftId: draft.id, documentHash })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toHaveLength(1);
  });

  it("refuses an anonymous caller before touching the database", async () => {
    await expect(submitApplication(contextFor({ type: "anonymous" }), { draftId: crypto.randomUUID(), documentHash: "0".repeat(64), code: "000000" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("leaves no case and no receipt when the transaction fails after signing, and a retry with the same code files once", async () => {
    const { office } = await makeOffice();
    const first = await makeResident({ withEmail: true });
    await signAndSubmit(contextFor(first), (await makeDraft(first, office.id, completeAnswers(first))).id);
    // Rewind the counter so the next case number collides: the case insert fails after the submission insert.
    await testDb.execute(sql`update case_number_counters set last_value = 0 where office_id = ${office.id}`);
    const second = await makeResident({ withEmail: true });
    const { draft, ctx, documentHash, code } = await draftWithCode(second, office.id);
    await expect(submitApplication(ctx, { draftId: draft.id, documentHash, code })).rejects.toThrow();
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
    expect(await testDb.select().from(receipts).where(eq(receipts.officeId, office.id))).toHaveLength(1);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toHaveLength(1);

    await testDb.execute(sql`update case_number_counters set last_value = 100 where office_id = ${office.id}`);
    const retried = await submitApplication(ctx, { draftId: draft.id, documentHash, code });
    const again = await submitApplication(ctx, { draftId: draft.id, documentHash, code });
    expect(again).toEqual(retried);
    expect(await testDb.select().from(receipts).where(eq(receipts.officeId, office.id))).toHaveLength(2);
  });

  it("gives 20 concurrent signed submissions distinct case numbers and an unbroken receipt chain", async () => {
    const { office } = await makeOffice();
    const residents = await Promise.all(Array.from({ length: 20 }, () => makeResident({ withEmail: true })));
    const made = await Promise.all(residents.map((r) => makeDraft(r, office.id, completeAnswers(r))));
    const results = await Promise.all(made.map((d, i) => signAndSubmit(contextFor(residents[i]!), d.id)));
    expect(new Set(results.map((r) => r.caseNumber)).size).toBe(20);
    const rows = await testDb.select().from(receipts).where(eq(receipts.officeId, office.id)).orderBy(receipts.seq);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    rows.forEach((row, i) => expect(row.prevHash).toBe(i === 0 ? null : rows[i - 1]!.sha256));
  });
});
