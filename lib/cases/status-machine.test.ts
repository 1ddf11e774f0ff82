import { describe, expect, it } from "vitest";

import { allowedTargets, isTransitionAllowed, transitions } from "./status-machine";
import { caseStatuses } from "./status-values";

describe("status machine", () => {
  it("lets clerks take a case from submitted to decided and closed", () => {
    expect(isTransitionAllowed("submitted", "in_progress", "clerk")).toBe(true);
    expect(isTransitionAllowed("in_progress", "decided", "clerk")).toBe(true);
    expect(isTransitionAllowed("decided", "closed", "head_of_department")).toBe(true);
  });

  it("refuses jumps, reversals and the wrong role", () => {
    expect(isTransitionAllowed("submitted", "closed", "clerk")).toBe(false);
    expect(isTransitionAllowed("decided", "in_progress", "clerk")).toBe(false);
    expect(isTransitionAllowed("submitted", "in_progress", "resident")).toBe(false);
    expect(isTransitionAllowed("submitted", "withdrawn", "clerk")).toBe(false);
    expect(isTransitionAllowed("in_progress", "decided", "office_admin")).toBe(false);
  });

  it("has no way out of closed or withdrawn", () => {
    expect(allowedTargets("closed", "clerk")).toEqual([]);
    expect(allowedTargets("withdrawn", "clerk")).toEqual([]);
  });

  it("uses only known statuses, with no duplicate transitions", () => {
    const keys = transitions.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of transitions) {
      expect(caseStatuses).toContain(t.from);
      expect(caseStatuses).toContain(t.to);
    }
  });
});
