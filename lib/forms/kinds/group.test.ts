import { describe, expect, it } from "vitest";
import { VIN, vehicleForm } from "../group-fixtures";
import { inputValuesOf } from "../input-values";
import { parseStepInput, readerFromFormData, readerFromRecord } from "../parse";
import { summarizeAnswers } from "../summarize";
import { testEnv, testEnvEn } from "../test-fixtures";
import type { Answers, FieldDefinition } from "../types";
import { validateAnswers, validateStep } from "../validate";
import { kinds } from "./index";

const group = vehicleForm.steps[1]!.fields[0]!;
const person: Answers = { ownerKind: "person" };
const item = (extra: Record<string, string> = {}, index = 0) => ({
  [`vehicles.${index}.vin`]: VIN,
  [`vehicles.${index}.leased`]: "no",
  [`vehicles.${index}.rate`]: "1200",
  [`vehicles.${index}.months`]: "12",
  ...extra,
});
const parse = (values: Record<string, string | string[]>, before: Answers = person) =>
  parseStepInput(vehicleForm, "vehicles", readerFromRecord(values), before);

describe("group kind: parse", () => {
  it("reads items until none of an item's inputs is present", () => {
    const items = kinds.group.parse(readerFromRecord({ ...item(), ...item({}, 1) }), group) as Answers[];
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ vin: VIN, leased: false, rate: 120000, months: 12 });
  });

  it("keeps empty items the hidden count says were shown", () => {
    const items = kinds.group.parse(readerFromRecord({ "vehicles.count": "2", ...item() }), group) as Answers[];
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ vin: null, leased: null, rate: null });
  });

  it("reads composite children under the item prefix and caps a tampered count at maxItems", () => {
    const fd = new FormData();
    fd.set("vehicles.count", "999999");
    fd.set("vehicles.0.address.street", "Zwycięstwa");
    fd.set("vehicles.0.address.city", "Gliwice");
    const items = kinds.group.parse(readerFromFormData(fd), group) as Answers[];
    expect(items).toHaveLength(3);
    expect(items[0]?.address).toMatchObject({ street: "Zwycięstwa", city: "Gliwice" });
  });

  it("drops answers to children hidden in their own item (per-item conditions)", () => {
    const parsed = parse({ ...item({ "vehicles.0.leased": "yes", "vehicles.0.lessor": "Bank" }), ...item({ "vehicles.1.lessor": "Ghost" }, 1) });
    const [first, second] = parsed.vehicles as Answers[];
    expect(first?.lessor).toBe("Bank");
    expect(second && "lessor" in second).toBe(false);
  });

  it("resolves a child condition against the whole form when the item has no such answer", () => {
    const values = item({ "vehicles.0.fleetNumber": "F-1" });
    expect((parse(values, person).vehicles as Answers[])[0]?.fleetNumber).toBeUndefined();
    expect((parse(values, { ownerKind: "company" }).vehicles as Answers[])[0]?.fleetNumber).toBe("F-1");
  });
});

describe("group kind: validation", () => {
  it("accepts complete items and returns them normalised", () => {
    const verdict = validateStep(vehicleForm, "vehicles", { ...person, ...parse({ ...item(), ...item({}, 1) }) }, testEnv);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect((verdict.values.vehicles as Answers[])[1]).toMatchObject({ vin: VIN, tax: 120000 });
  });

  it("keys item errors by the full input name, also for composite children", () => {
    const answers = parse({
      ...item(),
      ...item({ "vehicles.1.vin": "", "vehicles.1.leased": "yes", "vehicles.1.address.street": "Długa" }, 1),
    });
    const verdict = validateStep(vehicleForm, "vehicles", { ...person, ...answers }, testEnv);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(Object.keys(verdict.fieldErrors).sort()).toEqual(
      ["vehicles.1.address.building", "vehicles.1.address.city", "vehicles.1.address.postalCode", "vehicles.1.lessor", "vehicles.1.vin"].sort(),
    );
    expect(verdict.fieldErrors["vehicles.1.vin"]).toBe("Podaj numer VIN");
  });

  it("applies per-item conditions: a hidden child is not required in that item", () => {
    const answers = parse({ ...item({ "vehicles.0.leased": "yes", "vehicles.0.lessor": "Bank" }), ...item({}, 1) });
    expect(validateStep(vehicleForm, "vehicles", { ...person, ...answers }, testEnv).ok).toBe(true);
    const company = { ownerKind: "company" };
    const verdict = validateStep(vehicleForm, "vehicles", { ...company, ...parse(item(), company) }, testEnv);
    expect(verdict).toEqual({ ok: false, fieldErrors: { "vehicles.0.fleetNumber": "Wypełnij pole „Numer floty”" } });
  });

  it("requires at least one item, and at most maxItems", () => {
    expect(validateStep(vehicleForm, "vehicles", { ...person, vehicles: [] }, testEnv)).toEqual({
      ok: false,
      fieldErrors: { vehicles: "Dodaj co najmniej jedną pozycję: Pojazdy" },
    });
    const four = parse({ "vehicles.count": "3", ...item(), ...item({}, 1), ...item({}, 2) }).vehicles as Answers[];
    const field: FieldDefinition = { ...group, maxItems: 2 };
    const result = kinds.group.schema(field, testEnv, person).safeParse(four);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Liczba pozycji może wynosić najwyżej 2: Pojazdy");
    const few = kinds.group.schema({ ...group, minItems: 2 }, testEnv, person).safeParse(four.slice(0, 1));
    expect(few.error?.issues[0]?.message).toBe("Liczba pozycji musi wynosić co najmniej 2: Pojazdy");
  });

  it("an optional group may have no items; rejects what is not a list of items", () => {
    expect(kinds.group.schema({ ...group, optional: true }, testEnv).safeParse(null)).toMatchObject({ success: true, data: [] });
    expect(kinds.group.schema(group, testEnv).safeParse("x").success).toBe(false);
    expect(kinds.group.schema(group, testEnv).safeParse([1, 2]).success).toBe(false);
  });

  it("validateAnswers reports item errors and keeps the computed values", () => {
    const answers = { ...person, ...parse({ ...item(), ...item({ "vehicles.1.months": "13" }, 1) }) };
    const verdict = validateAnswers(vehicleForm, answers, testEnv);
    expect(verdict).toMatchObject({ ok: false, stepId: "vehicles", fieldErrors: { "vehicles.1.months": expect.any(String) } });
  });
});

describe("group kind: summary, input values and example", () => {
  it("gives one row per item field, labelled with the item", () => {
    const answers = { ...person, ...parse({ ...item({ "vehicles.0.leased": "yes", "vehicles.0.lessor": "Bank" }), ...item({ "vehicles.1.rate": "1000,50" }, 1) }) };
    const section = summarizeAnswers(vehicleForm, answers, testEnv).find((s) => s.stepId === "vehicles")!;
    const rows = Object.fromEntries(section.rows.map((row) => [row.label, row.value]));
    expect(rows["Pojazd 1: Numer VIN"]).toBe(VIN);
    expect(rows["Pojazd 1: Leasingodawca"]).toBe("Bank");
    expect(rows["Pojazd 2: Leasingodawca"]).toBeUndefined();
    expect(rows["Pojazd 2: Podatek za pojazd"]).toBe("1 001,00 zł"); // 1000,50 zł → half up
    expect(rows["Podatek razem"]).toBe("2 201,00 zł");
    expect(section.rows.find((row) => row.label === "Pojazd 2: Numer VIN")?.key).toBe("vehicles.1.vin");
    expect(summarizeAnswers(vehicleForm, answers, testEnvEn)[1]?.rows[0]?.label).toBe("Vehicle 1: VIN");
  });

  it("shows a group without items as one row", () => {
    const rows = summarizeAnswers(vehicleForm, { ...person, vehicles: [] }, testEnv)[1]!.rows;
    expect(rows[0]).toEqual({ key: "vehicles", label: "Pojazdy", value: "Nie podano" });
  });

  it("writes input values the parse reads back (round trip)", () => {
    const answers = { ...person, ...parse({ ...item({ "vehicles.0.address.street": "Długa", "vehicles.0.address.building": "1", "vehicles.0.address.postalCode": "44-100", "vehicles.0.address.city": "Gliwice" }), ...item({}, 1) }) };
    const values = inputValuesOf(vehicleForm, answers);
    expect(values["vehicles.count"]).toBe("2");
    expect(values["vehicles.0.address.street"]).toBe("Długa");
    expect(values["vehicles.1.rate"]).toBe("1200,00");
    expect(parse(values)).toEqual(parse({ ...item({ "vehicles.0.address.street": "Długa", "vehicles.0.address.building": "1", "vehicles.0.address.postalCode": "44-100", "vehicles.0.address.city": "Gliwice" }), ...item({}, 1) }));
  });

  it("its example is minItems (or one) valid items", () => {
    const one = kinds.group.example(group, testEnv) as Answers[];
    expect(one).toHaveLength(1);
    expect(kinds.group.example({ ...group, minItems: 2 }, testEnv)).toHaveLength(2);
    const verdict = validateStep(vehicleForm, "vehicles", { ...person, vehicles: one }, testEnv);
    expect(verdict.ok).toBe(true);
  });
});
