import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { caseEvents, cases, drafts, submissions } from "@/db/schema";
import { identityPrefillOf, formEnvFor } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import type { ResidentActor } from "@/lib/identity/actor";
import { contextFor, makeDraft, makeOffice, makeResident, testDb, testPool } from "@/lib/testing/database";
import { yearInWarsaw } from "../case-number";
import { submitApplication } from "./submit-application";

const service = getService("residence-registration");
const completeAnswers = (resident: ResidentActor) =>
  buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));

let officeId: string;
beforeAll(async () => {
  officeId = (await makeOffice()).office.id;
});
afterAll(() => testPool.end());

describe("submitApplication", () => {
  it("creates the submission, a numbered case, its first event, and removes the draft", async () => {
    const resident = await makeResident();
    const draft = await makeDraft(resident, officeId, completeAnswers(resident));
    const result = await submitApplication(contextFor(resident), { draftId: draft.id });

    expect(result.caseNumber).toMatch(new RegExp(`^SO\\.5341\\.\\d+\\.${yearInWarsaw(new Date())}$`));
    const [kase] = await testDb.select().from(cases).where(eq(cases.id, result.caseId));
    expect(kase).toMatchObject({ status: "submitted", applicantId: resident.userId, officeId, version: 1 });
    const [submission] = await testDb.select().from(submissions).where(eq(submissions.id, kase!.submissionId));
    expect(submission!.summary.length).toBeGreaterThan(0);
    expect(submission!.answers).toMatchObject({ pesel: resident.pesel });
    const events = await testDb.select().from(caseEvents).where(eq(caseEvents.caseId, result.caseId));
    expect(events).toEqual([expect.objectContaining({ type: "case.submitted", toStatus: "submitted", actorUserId: resident.userId })]);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toEqual([]);
  });

  it("is idempotent: a replay and a concurrent double submit give one case", async () => {
    const resident = await makeResident();
    const draft = await makeDraft(resident, officeId, completeAnswers(resident));
    const ctx = contextFor(resident);
    const [a, b] = await Promise.all([submitApplication(ctx, { draftId: draft.id }), submitApplication(ctx, { draftId: draft.id })]);
    const replay = await submitApplication(ctx, { draftId: draft.id });
    expect(new Set([a.caseId, b.caseId, replay.caseId]).size).toBe(1);
    const rows = await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id));
    expect(rows).toHaveLength(1);
  });

  it("gives 50 concurrent submissions 50 distinct case numbers", async () => {
    const { office } = await makeOffice();
    const residents = await Promise.all(Array.from({ length: 50 }, () => makeResident()));
    const draftsMade = await Promise.all(residents.map((r) => makeDraft(r, office.id, completeAnswers(r))));
    const results = await Promise.all(draftsMade.map((d, i) => submitApplication(contextFor(residents[i]!), { draftId: d.id })));
    expect(new Set(results.map((r) => r.caseNumber)).size).toBe(50);
    const sequences = (await testDb.select({ s: cases.sequence }).from(cases).where(eq(cases.officeId, office.id))).map((r) => r.s);
    expect(sequences.sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("refuses another resident's draft and writes nothing", async () => {
    const owner = await makeResident();
    const other = await makeResident();
    const draft = await makeDraft(owner, officeId, completeAnswers(owner));
    await expect(submitApplication(contextFor(other), { draftId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toHaveLength(1);
  });

  it("refuses an anonymous caller before touching the database", async () => {
    await expect(submitApplication(contextFor({ type: "anonymous" }), { draftId: crypto.randomUUID() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses an incomplete draft and keeps it", async () => {
    const resident = await makeResident();
    const draft = await makeDraft(resident, officeId, { givenName: resident.givenName });
    await expect(submitApplication(contextFor(resident), { draftId: draft.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toHaveLength(1);
  });

  it("leaves nothing half-written when the transaction fails after the first insert", async () => {
    const { office } = await makeOffice();
    const first = await makeResident();
    await submitApplication(contextFor(first), { draftId: (await makeDraft(first, office.id, completeAnswers(first))).id });
    // Rewind the counter so the next case number collides: the case insert fails after the submission insert.
    await testDb.execute(sql`update case_number_counters set last_value = 0 where office_id = ${office.id}`);
    const second = await makeResident();
    const draft = await makeDraft(second, office.id, completeAnswers(second));
    await expect(submitApplication(contextFor(second), { draftId: draft.id })).rejects.toThrow();
    expect(await testDb.select().from(submissions).where(eq(submissions.draftId, draft.id))).toEqual([]);
    expect(await testDb.select().from(drafts).where(eq(drafts.id, draft.id))).toHaveLength(1);
  });
});
