import { describe, expect, it } from "vitest";
import { firstInvalidStepId, firstStepId, nextStepId, previousStepId, stepProgress } from "./journey";
import { testEnv, testForm } from "./test-fixtures";

describe("journey", () => {
  const noPet = { name: "Jan", hasPet: false };
  const withPet = { name: "Jan", hasPet: true };

  it("starts at the first step", () => expect(firstStepId(testForm)).toBe("about"));

  it("skips hidden steps going forward and back", () => {
    expect(nextStepId(testForm, "about", noPet)).toBe("dates");
    expect(nextStepId(testForm, "about", withPet)).toBe("pet");
    expect(previousStepId(testForm, "dates", noPet)).toBe("about");
    expect(previousStepId(testForm, "dates", withPet)).toBe("pet");
    expect(previousStepId(testForm, "about", withPet)).toBeNull();
  });

  it("goes to the check page after the last step", () => {
    expect(nextStepId(testForm, "confirm", noPet)).toBeNull();
  });

  it("moves on from a step that has just become hidden", () => {
    expect(nextStepId(testForm, "pet", noPet)).toBe("dates");
    expect(previousStepId(testForm, "pet", noPet)).toBe("about");
  });

  it("counts visible steps only", () => {
    expect(stepProgress(testForm, "dates", noPet)).toEqual({ index: 2, total: 3 });
    expect(stepProgress(testForm, "dates", withPet)).toEqual({ index: 3, total: 4 });
    expect(stepProgress(testForm, "about", {})).toEqual({ index: 1, total: 3 });
  });

  it("finds the first step that still needs answers", () => {
    expect(firstInvalidStepId(testForm, {}, testEnv)).toBe("about");
    expect(firstInvalidStepId(testForm, { ...noPet, from: "2026-05-14" }, testEnv)).toBe("confirm");
    expect(firstInvalidStepId(testForm, { ...noPet, from: "2026-05-14", agree: true }, testEnv)).toBeNull();
  });

  it("throws for an unknown step id", () => expect(() => nextStepId(testForm, "nope", {})).toThrow());
});
