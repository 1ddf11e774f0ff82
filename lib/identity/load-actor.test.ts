import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { users } from "@/db/schema";
import { makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { loadActor } from "./load-actor";

afterAll(() => testPool.end());

describe("loadActor", () => {
  it("builds a resident from the verified identity and staff from the membership", async () => {
    const resident = await makeResident();
    expect(await loadActor(resident.userId)).toMatchObject({ type: "resident", pesel: resident.pesel });
    const { office, department } = await makeOffice();
    const clerk = await makeStaff(office.id, department.id, "head_of_department");
    expect(await loadActor(clerk.userId)).toMatchObject({ type: "staff", officeId: office.id, role: "head_of_department" });
  });

  it("treats a disabled account as signed out at once, whatever session it still holds", async () => {
    const resident = await makeResident();
    await testDb.update(users).set({ disabledAt: new Date() }).where(eq(users.id, resident.userId));
    expect(await loadActor(resident.userId)).toEqual({ type: "anonymous" });
  });

  it("treats an unknown user id as anonymous", async () => {
    expect(await loadActor(crypto.randomUUID())).toEqual({ type: "anonymous" });
  });
});
