import { describe, expect, it } from "vitest";
import { checkFormDefinition } from "./check-definition";
import { vehicleForm } from "./group-fixtures";
import type { FormDefinition } from "./types";

const label = { pl: "X" };

describe("checkFormDefinition: groups, expressions and rules", () => {
  it("accepts the vehicle form", () => expect(checkFormDefinition(vehicleForm)).toEqual([]));

  it("finds broken groups, expressions and rules", () => {
    const broken: FormDefinition = {
      version: 1,
      steps: [
        {
          id: "a",
          title: label,
          rules: [
            { kind: "dateAfter", field: "name", after: "later" },
            { kind: "atLeastOne", fields: ["ghost"] },
            { kind: "sumEquals", fields: ["name"], total: { field: "name" } },
          ],
          fields: [
            { key: "name", kind: "text", label },
            { key: "empty", kind: "group", label, minItems: 3, maxItems: 2 },
            {
              key: "items",
              kind: "group",
              label,
              fields: [
                { key: "inner", kind: "group", label, fields: [{ key: "x", kind: "text", label }] },
                { key: "amount", kind: "money", label, prefill: "identity.pesel" },
                { key: "early", kind: "computed", label, expression: { field: "late" } },
                { key: "late", kind: "integer", label },
                { key: "own", kind: "computed", label, expression: { product: [{ field: "amount" }, { field: "late" }] } },
                { key: "amount", kind: "money", label },
              ],
            },
            { key: "noExpr", kind: "computed", label },
            { key: "textRef", kind: "computed", label, expression: { field: "name" } },
            { key: "childRef", kind: "computed", label, expression: { field: "amount" } },
            { key: "notGroup", kind: "computed", label, expression: { sumOver: "name", of: { const: 1 } } },
            { key: "countBad", kind: "computed", label, expression: { count: "name" } },
            { key: "okSum", kind: "computed", label, expression: { sumOver: "items", of: { field: "own" } } },
            { key: "badArity", kind: "computed", label, expression: { divide: [{ const: 1 }] } as never },
          ],
        },
      ],
    };
    const problems = checkFormDefinition(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "field empty: a group needs fields",
        "field empty: minItems is above maxItems",
        "field items.inner: groups cannot be nested",
        "field items.amount: a field inside a group cannot be prefilled",
        "field items.early: expression must point at an earlier number, amount or computed field (late)",
        "field items: duplicate field key amount in the group",
        "field noExpr: a computed field needs an expression",
        "field textRef: expression must point at an earlier number, amount or computed field (name)",
        "field childRef: expression must point at an earlier number, amount or computed field (amount)",
        "field notGroup: sumOver must point at an earlier group (name)",
        "field countBad: count must point at an earlier group (name)",
        "field badArity: expression needs exactly 2 operands",
        "step a: rule dateAfter: name must be a date field",
        "step a: rule dateAfter: later is not an earlier field",
        "step a: rule atLeastOne: ghost is not a field of the step",
        "step a: rule sumEquals: name must be a number, amount or computed field",
      ]),
    );
    expect(problems.some((problem) => problem.includes("items.own"))).toBe(false);
    expect(problems.some((problem) => problem.includes("okSum"))).toBe(false);
  });
});
