import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { caseEvents } from "@/db/schema";
import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { signAndSubmit } from "@/lib/testing/signing";
import { firstBrokenLink, verifyCaseChain } from "./audit-chain";
import { transitionCase } from "./commands/transition-case";

const run = promisify(execFile);
const service = getService("residence-registration");
let setup: Awaited<ReturnType<typeof makeOffice>>;

beforeAll(async () => {
  setup = await makeOffice();
});
afterAll(() => testPool.end());

async function caseWithHistory() {
  const resident = await makeResident({ withEmail: true });
  const answers = buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));
  const { caseId, receiptId } = await signAndSubmit(contextFor(resident), (await makeDraft(resident, setup.office.id, answers)).id);
  const clerk = contextFor(await makeStaff(setup.office.id, setup.department.id));
  await transitionCase(clerk, { caseId, to: "registered", expectedVersion: 1 });
  await transitionCase(clerk, { caseId, to: "in_progress", note: "Sprawdzam dane", expectedVersion: 2 });
  return { caseId, receiptId };
}

const eventsOf = (caseId: string) => testDb.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
const refused = (error: unknown) => /append-only/.test(String((error as { cause?: Error }).cause?.message ?? error));

describe("metryka sprawy", () => {
  it("chains every event of a case to the previous one, and names the receipt of the submission", async () => {
    const { caseId, receiptId } = await caseWithHistory();
    const events = await eventsOf(caseId);
    expect(events.map((e) => e.type)).toEqual(["case.submitted", "case.status_changed", "case.status_changed"]);
    expect(events[0]!.prevHash).toBeNull();
    expect(events[0]!.documentRef).toBe(`receipt:${receiptId}`);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(events[2]!.prevHash).toBe(events[1]!.hash);
    expect(await verifyCaseChain(testDb, caseId)).toBeNull();
  });

  it("cannot be changed or removed by the application", async () => {
    const { caseId } = await caseWithHistory();
    const [first] = await eventsOf(caseId);
    await expect(testDb.execute(sql`update case_events set note = 'inna treść' where id = ${first!.id}`)).rejects.toSatisfy(refused);
    await expect(testDb.execute(sql`delete from case_events where id = ${first!.id}`)).rejects.toSatisfy(refused);
  });

  it("shows a rewritten event (made by going around the trigger) as the first broken link, also in npm run audit:verify", async () => {
    const { caseId } = await caseWithHistory();
    const events = await eventsOf(caseId);
    // Only an owner who disables the trigger can do this; the chain still tells.
    await testDb.transaction(async (tx) => {
      await tx.execute(sql`alter table case_events disable trigger case_events_append_only`);
      await tx.execute(sql`update case_events set note = 'Wszystko w porządku' where id = ${events[2]!.id}`);
      await tx.execute(sql`alter table case_events enable trigger case_events_append_only`);
    });
    expect(await verifyCaseChain(testDb, caseId)).toEqual({ caseId, eventId: events[2]!.id, reason: "hash" });
    const cli = await run(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], { env: process.env }).catch((error: { code: number; stdout: string }) => error);
    expect("code" in cli ? cli.code : 0).toBe(1);
    expect(cli.stdout).toContain(`BROKEN: case ${caseId}, event ${events[2]!.id} (hash)`);
  });

  it("detects a removed or reordered link", async () => {
    const { caseId } = await caseWithHistory();
    const events = await eventsOf(caseId);
    expect(firstBrokenLink([events[0]!, events[2]!])).toEqual({ caseId, eventId: events[2]!.id, reason: "link" });
    expect(firstBrokenLink([events[1]!, events[0]!])).toMatchObject({ eventId: events[1]!.id, reason: "link" });
    expect(firstBrokenLink(events)).toBeNull();
  });
});
