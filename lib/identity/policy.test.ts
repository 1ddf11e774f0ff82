import { describe, expect, it } from "vitest";

import type { Actor } from "./actor";
import { canSeeCase, isGranted, permissionTable } from "./policy";

const resident: Actor = { type: "resident", userId: "r1", pesel: "44051401458", givenName: "Jan", familyName: "Kowalski", birthDate: "1944-05-14", levelOfAssurance: "substantial" };
const clerk: Actor = { type: "staff", userId: "s1", name: "Ewa", officeId: "o1", departmentId: "d1", role: "clerk" };
const admin: Actor = { ...clerk, role: "office_admin" };
const anonymous: Actor = { type: "anonymous" };

describe("permission table", () => {
  it.each([
    [resident, "application.submit", true],
    [resident, "case.read_own", true],
    [resident, "case.transition", false],
    [resident, "queue.view", false],
    [clerk, "case.transition", true],
    [clerk, "queue.view", true],
    [clerk, "application.submit", false],
    [admin, "queue.view", true],
    [admin, "case.transition", false],
    [anonymous, "application.start", false],
    [anonymous, "case.read_own", false],
  ] as const)("%o may %s: %s", (actor, permission, expected) => {
    expect(isGranted(actor, permission)).toBe(expected);
  });

  it("grants nothing to anonymous or system actors", () => {
    for (const permission of Object.keys(permissionTable) as (keyof typeof permissionTable)[]) {
      expect(isGranted(anonymous, permission)).toBe(false);
      expect(isGranted({ type: "system", job: "test" }, permission)).toBe(false);
    }
  });
});

describe("case rule", () => {
  it("lets a resident see only their own case and staff only their office's", () => {
    expect(canSeeCase(resident, { applicantId: "r1", officeId: "o9" })).toBe(true);
    expect(canSeeCase(resident, { applicantId: "r2", officeId: "o1" })).toBe(false);
    expect(canSeeCase(clerk, { applicantId: "r2", officeId: "o1" })).toBe(true);
    expect(canSeeCase(clerk, { applicantId: "r1", officeId: "o2" })).toBe(false);
    expect(canSeeCase(anonymous, { applicantId: "r1", officeId: "o1" })).toBe(false);
  });
});
