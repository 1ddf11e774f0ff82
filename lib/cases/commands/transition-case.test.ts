import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { caseEvents, cases } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import type { ResidentActor, StaffActor } from "@/lib/identity/actor";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { getCaseForOffice, getCaseForResident, listCasesForResident, listOfficeQueue } from "../queries";
import { signAndSubmit } from "@/lib/testing/signing";
import { transitionCase } from "./transition-case";

const service = getService("residence-registration");
let clerk: StaffActor;
let foreignClerk: StaffActor;
let resident: ResidentActor;
let officeId: string;

async function newCase(): Promise<string> {
  const answers = buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));
  const draft = await makeDraft(resident, officeId, answers);
  return (await signAndSubmit(contextFor(resident), draft.id)).caseId;
}

const eventsOf = (caseId: string) => testDb.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));

beforeAll(async () => {
  const { office, department } = await makeOffice();
  officeId = office.id;
  clerk = await makeStaff(office.id, department.id);
  const other = await makeOffice();
  foreignClerk = await makeStaff(other.office.id, other.department.id);
  resident = await makeResident();
});
afterAll(() => testPool.end());

describe("transitionCase", () => {
  it("moves the case, bumps the version and records who did it with the note", async () => {
    const caseId = await newCase();
    const result = await transitionCase(contextFor(clerk), { caseId, to: "in_progress", note: "Sprawdzam dane", expectedVersion: 1 });
    expect(result).toEqual({ status: "in_progress", version: 2 });
    const events = await eventsOf(caseId);
    expect(events.at(-1)).toMatchObject({ type: "case.status_changed", fromStatus: "submitted", toStatus: "in_progress", actorUserId: clerk.userId, note: "Sprawdzam dane", residentVisible: true });
    const view = await getCaseForResident(contextFor(resident), caseId);
    expect(view.status).toBe("in_progress");
    expect(view.events.map((e) => e.toStatus)).toEqual(["submitted", "in_progress"]);
  });

  it("refuses a transition the state machine does not allow, writing nothing", async () => {
    const caseId = await newCase();
    await expect(transitionCase(contextFor(clerk), { caseId, to: "closed", expectedVersion: 1 })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await eventsOf(caseId)).toHaveLength(1);
  });

  it("tells the second of two clerks that the case changed (optimistic locking)", async () => {
    const caseId = await newCase();
    await transitionCase(contextFor(clerk), { caseId, to: "registered", expectedVersion: 1 });
    await expect(transitionCase(contextFor(clerk), { caseId, to: "in_progress", expectedVersion: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("hides the case from a clerk of another office and refuses residents", async () => {
    const caseId = await newCase();
    await expect(transitionCase(contextFor(foreignClerk), { caseId, to: "in_progress", expectedVersion: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(transitionCase(contextFor(resident), { caseId, to: "in_progress", expectedVersion: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(transitionCase(contextFor({ type: "anonymous" }), { caseId, to: "in_progress", expectedVersion: 1 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const [row] = await testDb.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
    expect(row!.status).toBe("submitted");
  });

  it("rejects malformed input", async () => {
    await expect(transitionCase(contextFor(clerk), { caseId: "not-a-uuid", to: "in_progress", expectedVersion: 1 })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(transitionCase(contextFor(clerk), { caseId: crypto.randomUUID(), to: "flying", expectedVersion: 1 })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("case queries", () => {
  it("show a resident only their own cases, and staff only their office's", async () => {
    const caseId = await newCase();
    const stranger = await makeResident();
    await expect(getCaseForResident(contextFor(stranger), caseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listCasesForResident(contextFor(stranger))).map((c) => c.id)).not.toContain(caseId);
    expect((await listCasesForResident(contextFor(resident))).map((c) => c.id)).toContain(caseId);
    await expect(getCaseForOffice(contextFor(foreignClerk), caseId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOfficeQueue(contextFor(foreignClerk), { order: "newest" })).map((c) => c.id)).not.toContain(caseId);
    const officeView = await getCaseForOffice(contextFor(clerk), caseId);
    expect(officeView.applicant.pesel).toBe(resident.pesel);
  });

  it("filter the office queue by status and sort by date", async () => {
    const first = await newCase();
    const second = await newCase();
    await transitionCase(contextFor(clerk), { caseId: second, to: "in_progress", expectedVersion: 1 });
    const inProgress = await listOfficeQueue(contextFor(clerk), { status: "in_progress", order: "newest" });
    expect(inProgress.map((c) => c.id)).toContain(second);
    expect(inProgress.map((c) => c.id)).not.toContain(first);
    const oldest = await listOfficeQueue(contextFor(clerk), { order: "oldest" });
    expect(oldest.findIndex((c) => c.id === first)).toBeLessThan(oldest.findIndex((c) => c.id === second));
  });

  it("never give residents staff names or internal fields", async () => {
    const caseId = await newCase();
    await transitionCase(contextFor(clerk), { caseId, to: "in_progress", expectedVersion: 1 });
    const view = await getCaseForResident(contextFor(resident), caseId);
    const json = JSON.stringify(view);
    expect(json).not.toContain(clerk.name);
    expect(json).not.toContain("actorName");
    expect(json).not.toContain("version");
  });
});
