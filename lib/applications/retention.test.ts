import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { drafts } from "@/db/schema";
import { makeDraft, makeOffice, makeResident, testDb, testPool } from "@/lib/testing/database";
import { removeExpiredDrafts } from "./retention";

afterAll(() => testPool.end());

describe("removeExpiredDrafts", () => {
  it("removes drafts untouched for longer than the retention period and keeps the rest", async () => {
    const { office } = await makeOffice();
    const resident = await makeResident();
    const old = await makeDraft(resident, office.id, {});
    const recent = await makeDraft(resident, office.id, {});
    const now = new Date("2026-11-22T12:00:00Z");
    await testDb.update(drafts).set({ updatedAt: new Date("2026-10-22T11:59:00Z") }).where(eq(drafts.id, old.id));
    await testDb.update(drafts).set({ updatedAt: new Date("2026-10-23T12:00:00Z") }).where(eq(drafts.id, recent.id));
    await removeExpiredDrafts(testDb, now, 30);
    const left = await testDb.select({ id: drafts.id }).from(drafts).where(inArray(drafts.id, [old.id, recent.id]));
    expect(left.map((d) => d.id)).toEqual([recent.id]);
  });
});
