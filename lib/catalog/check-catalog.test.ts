import { execFileSync } from "node:child_process";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { checkCatalog } from "./check-catalog";
import { listServices } from "./registry";
import type { ServiceDefinition } from "./types";

const root = path.resolve(import.meta.dirname, "../..");
const residence = listServices()[0]!;

function broken(change: (s: ServiceDefinition) => ServiceDefinition): string[] {
  return checkCatalog([change(structuredClone(residence))]);
}

describe("catalogue check", () => {
  it("finds every service sound: at least 144 services across at least 12 categories", () => {
    const services = listServices();
    expect(checkCatalog(services)).toEqual([]);
    expect(services.length).toBeGreaterThanOrEqual(144);
    expect(new Set(services.map((s) => s.category)).size).toBeGreaterThanOrEqual(12);
  });

  it.each<[string, (s: ServiceDefinition) => ServiceDefinition, RegExp]>([
    ["an unknown kind", (s) => ({ ...s, form: { ...s.form, steps: [{ ...s.form.steps[0]!, fields: [{ key: "x", kind: "teleport" as never, label: { pl: "X" } }] }] } }), /unknown kind|teleport/],
    ["a choice without options", (s) => ({ ...s, form: { ...s.form, steps: [{ ...s.form.steps[0]!, fields: [{ key: "x", kind: "radio", label: { pl: "X" } }] }] } }), /options/],
    ["a condition on a later field", (s) => ({ ...s, form: { ...s.form, steps: [{ ...s.form.steps[0]!, fields: [{ key: "a", kind: "text", label: { pl: "A" }, showIf: { field: "b", equals: "x" } }, { key: "b", kind: "text", label: { pl: "B" } }] }] } }), /b/],
    ["a duplicate field key", (s) => ({ ...s, form: { ...s.form, steps: [...s.form.steps, { ...s.form.steps[0]!, id: "again" }] } }), /duplicate/],
    ["an unknown department", (s) => ({ ...s, departmentCode: "nowhere" }), /department/],
    ["a version mismatch", (s) => ({ ...s, version: 7 }), /version/],
    ["a step named like the signing page", (s) => ({ ...s, form: { ...s.form, steps: [{ ...s.form.steps[0]!, id: "sign" }, ...s.form.steps.slice(1)] } }), /"sign" is reserved/],
  ])("reports %s", (_name, change, reason) => {
    const problems = broken(change);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(reason);
  });

  it("reports duplicate ids across services", () => {
    expect(checkCatalog([residence, residence]).join("\n")).toMatch(/duplicate id/);
  });

  it("works as `npm run catalog -- --json` and `--check`", () => {
    const json = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "scripts/catalog.ts", "--json"], { cwd: root, encoding: "utf8" })) as { id: string; category: string; fields: unknown[] }[];
    expect(json.length).toBeGreaterThanOrEqual(144);
    expect(json[0]).toMatchObject({ id: "residence-registration", category: "residence-and-identity" });
    const check = execFileSync(process.execPath, ["--import", "tsx", "scripts/catalog.ts", "--check"], { cwd: root, encoding: "utf8" });
    expect(check).toMatch(/Catalogue OK: \d+ services/);
  });
});
