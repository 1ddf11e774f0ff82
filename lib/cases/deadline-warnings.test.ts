import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cases, notifications } from "@/db/schema";
import { createDepartment } from "@/db/seed/factories";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { signAndSubmit } from "@/lib/testing/signing";
import { parseThresholds, sendDeadlineWarnings, warningsFor } from "./deadline-warnings";

const serviceId = "tax-no-arrears-certificate"; // 7 days, tax department, no attachments
let officeId: string;
let clerkId: string;

beforeAll(async () => {
  const { office } = await makeOffice([serviceId]);
  officeId = office.id;
  const taxes = await createDepartment(testDb, office.id, { code: "fp", name: "Wydział Podatków i Opłat", caseUnitSymbol: "FP" });
  clerkId = (await makeStaff(office.id, taxes.id)).userId;
});
afterAll(() => testPool.end());

async function assignedCase(assign = true) {
  const service = getService(serviceId);
  const resident = await makeResident({ withEmail: true });
  const answers = buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));
  const { caseId } = await signAndSubmit(contextFor(resident), (await makeDraft(resident, officeId, answers, serviceId, service.version)).id);
  if (assign) await testDb.update(cases).set({ assigneeId: clerkId }).where(eq(cases.id, caseId));
  const [kase] = await testDb.select().from(cases).where(eq(cases.id, caseId));
  return kase!;
}

/** Noon in Warsaw `days` before the due date. */
const daysBefore = (dueDate: string, days: number) => new Date(Date.parse(`${dueDate}T10:00:00Z`) - days * 86_400_000);

const warningsTo = async (caseId: string) =>
  testDb.select().from(notifications).where(and(eq(notifications.caseId, caseId), eq(notifications.kind, "deadline_warning"), eq(notifications.recipientId, clerkId)));

describe("deadline warnings", () => {
  it("warns the assignee once per threshold, at 7 and at 2 days before", async () => {
    const kase = await assignedCase();
    expect(kase.dueDate).not.toBeNull();
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 9));
    expect(await warningsTo(kase.id)).toHaveLength(0);
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 5));
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 4));
    const first = await warningsTo(kase.id);
    expect(first).toHaveLength(1);
    expect(first[0]!.params).toMatchObject({ caseNumber: kase.caseNumber, daysLeft: "5" });
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 2));
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 1));
    expect((await warningsTo(kase.id)).map((n) => n.params.daysLeft).sort()).toEqual(["2", "5"]);
  });

  it("sends one notice, for the most urgent threshold, to a case first seen a day before", async () => {
    const kase = await assignedCase();
    await sendDeadlineWarnings(testDb, daysBefore(kase.dueDate!, 1));
    expect(await warningsTo(kase.id)).toHaveLength(1);
    expect((await warningsFor(testDb, kase.id)).map((w) => w.threshold).sort()).toEqual([2, 7]);
  });

  it("skips unassigned, settled and overdue cases", async () => {
    const unassigned = await assignedCase(false);
    await sendDeadlineWarnings(testDb, daysBefore(unassigned.dueDate!, 1));
    expect(await warningsFor(testDb, unassigned.id)).toEqual([]);
    const settled = await assignedCase();
    await testDb.update(cases).set({ status: "decided" }).where(eq(cases.id, settled.id));
    await sendDeadlineWarnings(testDb, daysBefore(settled.dueDate!, 1));
    expect(await warningsTo(settled.id)).toEqual([]);
    const late = await assignedCase();
    await sendDeadlineWarnings(testDb, daysBefore(late.dueDate!, -1));
    expect(await warningsTo(late.id)).toEqual([]);
  });

  it("reads thresholds from configuration, refusing nonsense", () => {
    expect(parseThresholds("2, 7")).toEqual([7, 2]);
    expect(parseThresholds("10")).toEqual([10]);
    expect(parseThresholds("")).toEqual([7, 2]);
    expect(parseThresholds("abc,-1,1000")).toEqual([7, 2]);
  });
});
