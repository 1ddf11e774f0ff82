import { describe, expect, it } from "vitest";
import { VIN, vehicleForm } from "./group-fixtures";
import { applyGroupIntent, parseGroupIntent } from "./group-intent";
import { inputValuesOf } from "./input-values";
import type { Answers } from "./types";

const vehicle = (n: number) => ({ vin: VIN, leased: false, rate: n, months: 12 });
const answers = (count: number): Answers => ({ ownerKind: "person", vehicles: Array.from({ length: count }, (_, i) => vehicle(i)) });
const items = (result: ReturnType<typeof applyGroupIntent>) => result?.answers.vehicles as Answers[] | undefined;

describe("group intents", () => {
  it("parses add and remove, and nothing else", () => {
    expect(parseGroupIntent("add:vehicles")).toEqual({ action: "add", key: "vehicles" });
    expect(parseGroupIntent("remove:vehicles:2")).toEqual({ action: "remove", key: "vehicles", index: 2 });
    for (const bad of ["", "add:", "remove:vehicles", "remove:vehicles:-1", "drop:vehicles", "add:a.b", null]) {
      expect(parseGroupIntent(bad)).toBeNull();
    }
  });

  it("adds an empty item after the others, up to maxItems", () => {
    const added = applyGroupIntent(vehicleForm, "vehicles", answers(1), "add:vehicles");
    expect(items(added)).toEqual([vehicle(0), {}]);
    expect(added?.focus).toBe("vehicles.1");
    expect(inputValuesOf(vehicleForm, added!.answers)["vehicles.count"]).toBe("2");
    expect(applyGroupIntent(vehicleForm, "vehicles", answers(3), "add:vehicles")).toBeNull();
  });

  it("removes the chosen item, never below minItems (one when required)", () => {
    const removed = applyGroupIntent(vehicleForm, "vehicles", answers(3), "remove:vehicles:1");
    expect(items(removed)).toEqual([vehicle(0), vehicle(2)]);
    expect(applyGroupIntent(vehicleForm, "vehicles", answers(1), "remove:vehicles:0")).toBeNull();
    expect(applyGroupIntent(vehicleForm, "vehicles", answers(2), "remove:vehicles:5")).toBeNull();
  });

  it("a required group without items counts its first shown item", () => {
    expect(items(applyGroupIntent(vehicleForm, "vehicles", { ownerKind: "person" }, "add:vehicles"))).toEqual([{}, {}]);
  });

  it("ignores groups that are not on the step, or not groups", () => {
    expect(applyGroupIntent(vehicleForm, "owner", answers(1), "add:vehicles")).toBeNull();
    expect(applyGroupIntent(vehicleForm, "vehicles", answers(1), "add:total")).toBeNull();
  });
});
