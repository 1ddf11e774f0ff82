import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateExpression, roundToZloty } from "./expressions";
import { VIN, vehicleForm } from "./group-fixtures";
import { parseStepInput, readerFromRecord } from "./parse";
import { summarizeAnswers } from "./summarize";
import { testEnv } from "./test-fixtures";
import type { Answers, AnswerValue, Expression } from "./types";
import { validateStep } from "./validate";
import { visibleAnswers } from "./visibility";

const f = (field: string): Expression => ({ field });
const c = (value: number): Expression => ({ const: value });

describe("evaluateExpression", () => {
  const answers: Answers = { fee: 12345, count: 3, share: "0.5", name: "Jan", vehicles: [{ tax: 100 }, { tax: 250 }, { tax: null }] };

  it("adds, multiplies, subtracts and divides in whole numbers where it can", () => {
    expect(evaluateExpression({ sum: [f("fee"), c(55)] }, answers)).toBe(12400);
    expect(evaluateExpression({ product: [f("fee"), f("count")] }, answers)).toBe(37035);
    expect(evaluateExpression({ subtract: [f("fee"), c(345)] }, answers)).toBe(12000);
    expect(evaluateExpression({ divide: [f("fee"), c(5)] }, answers)).toBe(2469);
    expect(evaluateExpression({ product: [f("fee"), f("share")] }, answers)).toBe(6172.5);
    expect(evaluateExpression({ min: [f("fee"), c(100)] }, answers)).toBe(100);
    expect(evaluateExpression({ max: [f("fee"), c(100)] }, answers)).toBe(12345);
  });

  it("rounds half up to whole złoty (tax ordinance) and to whole grosze", () => {
    expect(evaluateExpression({ round: c(123449), unit: "zloty" }, {})).toBe(123400); // 1 234,49 zł → 1 234 zł
    expect(evaluateExpression({ round: c(123450), unit: "zloty" }, {})).toBe(123500); // 1 234,50 zł → 1 235 zł
    expect(evaluateExpression({ round: c(-123450), unit: "zloty" }, {})).toBe(-123500);
    expect(evaluateExpression({ round: { product: [f("fee"), f("share")] }, unit: "grosz" }, answers)).toBe(6173);
    expect(evaluateExpression({ round: { product: [c(267.5), c(1)] }, unit: "grosz" }, {})).toBe(268);
    expect(evaluateExpression({ round: { product: [c(2.675), c(100)] }, unit: "grosz" }, {})).toBe(268);
    expect(roundToZloty(49)).toBe(0);
    expect(roundToZloty(50)).toBe(100);
  });

  it("sums and counts over group items, fields resolving against the item first", () => {
    expect(evaluateExpression({ sumOver: "vehicles", of: f("tax") }, answers)).toBe(350);
    expect(evaluateExpression({ sumOver: "vehicles", of: { product: [f("tax"), f("count")] } }, answers)).toBe(1050);
    expect(evaluateExpression({ count: "vehicles" }, answers)).toBe(3);
    expect(evaluateExpression({ count: "missing" }, answers)).toBe(0);
    expect(evaluateExpression(f("tax"), answers, { tax: 7 })).toBe(7);
    expect(evaluateExpression(f("fee"), answers, { tax: 7 })).toBe(12345);
  });

  it("is null without usable numbers, by zero, or out of range; a sum skips what is missing", () => {
    expect(evaluateExpression(f("name"), answers)).toBeNull();
    expect(evaluateExpression(f("absent"), answers)).toBeNull();
    expect(evaluateExpression({ product: [f("fee"), f("absent")] }, answers)).toBeNull();
    expect(evaluateExpression({ sum: [f("fee"), f("absent")] }, answers)).toBe(12345);
    expect(evaluateExpression({ divide: [f("fee"), c(0)] }, answers)).toBeNull();
    expect(evaluateExpression({ product: [c(1e300), c(1e300)] }, answers)).toBeNull();
    expect(evaluateExpression({ bogus: 1 } as unknown as Expression, answers)).toBeNull();
    expect(evaluateExpression({ subtract: [c(1)] } as unknown as Expression, answers)).toBeNull();
  });

  it("never throws on arbitrary answers", () => {
    const numberish = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.string(), fc.boolean(), fc.constant(-0));
    const expressions: Expression[] = [
      { round: { divide: [{ product: [f("a"), f("b")] }, { subtract: [f("c"), f("a")] }] }, unit: "zloty" },
      { sumOver: "g", of: { max: [f("a"), { min: [f("b"), c(3)] }] } },
      { round: { sum: [f("a"), f("b"), { count: "g" }] }, unit: "grosz" },
    ];
    fc.assert(
      fc.property(
        fc.record({ a: numberish, b: numberish, c: numberish }),
        fc.array(fc.dictionary(fc.constantFrom("a", "b"), numberish), { maxLength: 4 }),
        (answers, items) => {
          for (const expr of expressions) {
            const result = evaluateExpression(expr, { ...answers, g: items as unknown as AnswerValue } as Answers);
            expect(result === null || Number.isFinite(result)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("computed kind", () => {
  const values = {
    "vehicles.0.vin": VIN,
    "vehicles.0.leased": "no",
    "vehicles.0.rate": "1234,49",
    "vehicles.0.months": "12",
    "vehicles.0.tax": "1",
    total: "999999",
    vehicleCount: "42",
  };

  it("ignores a posted value and computes it on parse (also inside items)", () => {
    const parsed = parseStepInput(vehicleForm, "vehicles", readerFromRecord(values), { ownerKind: "person" });
    expect((parsed.vehicles as Answers[])[0]?.tax).toBe(123400);
    expect(parsed.total).toBe(123400);
    expect(parsed.vehicleCount).toBe(1);
  });

  it("recomputes stale or forged stored values for validation and the summary", () => {
    const forged: Answers = {
      ownerKind: "person",
      vehicles: [{ vin: VIN, leased: false, rate: 123450, months: 12, tax: 1 }],
      total: 5,
      vehicleCount: 9,
    };
    expect(visibleAnswers(vehicleForm, forged)).toMatchObject({ total: 123500, vehicleCount: 1 });
    const verdict = validateStep(vehicleForm, "vehicles", forged, testEnv);
    expect(verdict).toMatchObject({ ok: true, values: { total: 123500, vehicles: [{ tax: 123500 }] } });
    const rows = summarizeAnswers(vehicleForm, forged, testEnv)[1]!.rows;
    expect(rows.find((row) => row.key === "total")?.value).toBe("1 235,00 zł");
    expect(rows.find((row) => row.key === "vehicleCount")?.value).toBe("1");
  });

  it("shows a note while it cannot be computed", () => {
    const rows = summarizeAnswers(vehicleForm, { ownerKind: "person", vehicles: [{ vin: VIN, leased: false, rate: null, months: 12 }] }, testEnv)[1]!.rows;
    expect(rows.find((row) => row.key === "vehicles.0.tax")?.value).toBe("Zostanie obliczone po uzupełnieniu danych");
  });
});
