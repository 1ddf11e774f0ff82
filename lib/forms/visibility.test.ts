import { describe, expect, it } from "vitest";
import { testForm } from "./test-fixtures";
import type { Condition, StepDefinition } from "./types";
import { isConditionMet, isFieldOptional, visibleAnswers, visibleFields, visibleSteps } from "./visibility";

describe("conditions", () => {
  const answers = { kind: "tenant", pet: true, none: null };
  const table: Array<[Condition, boolean]> = [
    [{ field: "kind", equals: "tenant" }, true],
    [{ field: "kind", equals: "owner" }, false],
    [{ field: "kind", notEquals: "owner" }, true],
    [{ field: "missing", notEquals: "owner" }, true],
    [{ field: "missing", equals: "owner" }, false],
    [{ field: "pet", equals: true }, true],
    [{ field: "pet", equals: "true" }, false],
    [{ field: "kind", in: ["tenant", "owner"] }, true],
    [{ field: "pet", in: ["true"] }, false],
    [{ all: [{ field: "kind", equals: "tenant" }, { field: "pet", equals: true }] }, true],
    [{ all: [{ field: "kind", equals: "tenant" }, { field: "pet", equals: false }] }, false],
    [{ any: [{ field: "kind", equals: "owner" }, { field: "pet", equals: true }] }, true],
    [{ any: [] }, false],
  ];
  it.each(table)("%j → %s", (cond, expected) => expect(isConditionMet(cond, answers)).toBe(expected));

  it("on a checkboxes answer, equals and in mean 'contains'", () => {
    const ticked = { media: ["water", "gas"], none: [] };
    expect(isConditionMet({ field: "media", equals: "gas" }, ticked)).toBe(true);
    expect(isConditionMet({ field: "media", equals: "power" }, ticked)).toBe(false);
    expect(isConditionMet({ field: "media", equals: true }, ticked)).toBe(false);
    expect(isConditionMet({ field: "media", notEquals: "power" }, ticked)).toBe(true);
    expect(isConditionMet({ field: "media", notEquals: "gas" }, ticked)).toBe(false);
    expect(isConditionMet({ field: "media", in: ["power", "gas"] }, ticked)).toBe(true);
    expect(isConditionMet({ field: "media", in: ["power"] }, ticked)).toBe(false);
    expect(isConditionMet({ field: "none", equals: "gas" }, ticked)).toBe(false);
    expect(isConditionMet({ field: "none", in: ["gas"] }, ticked)).toBe(false);
  });

  it("treats raw browser values of yes-no radios like booleans", () => {
    expect(isConditionMet({ field: "pet", equals: true }, { pet: "yes" })).toBe(true);
    expect(isConditionMet({ field: "pet", equals: false }, { pet: "no" })).toBe(true);
    expect(isConditionMet({ field: "pet", notEquals: true }, { pet: "no" })).toBe(true);
  });
});

describe("visible fields and steps", () => {
  const step: StepDefinition = {
    id: "s",
    title: { pl: "S" },
    fields: [
      { key: "a", kind: "yes-no", label: { pl: "A" } },
      { key: "b", kind: "yes-no", label: { pl: "B" }, showIf: { field: "a", equals: true } },
      { key: "c", kind: "text", label: { pl: "C" }, showIf: { field: "b", equals: true } },
    ],
  };

  it("a hidden field cannot reveal another", () => {
    expect(visibleFields(step, { a: true, b: true }).map((f) => f.key)).toEqual(["a", "b", "c"]);
    expect(visibleFields(step, { a: false, b: true }).map((f) => f.key)).toEqual(["a"]);
  });

  it("skips a step whose condition is not met", () => {
    expect(visibleSteps(testForm, { hasPet: false }).map((s) => s.id)).toEqual(["about", "dates", "confirm"]);
    expect(visibleSteps(testForm, { hasPet: true }).map((s) => s.id)).toEqual(["about", "pet", "dates", "confirm"]);
  });

  it("keeps only answers to visible, declared fields", () => {
    const answers = { name: "Jan", hasPet: false, petName: "Burek", petKind: "dog", injected: "x", notice: "x" };
    expect(visibleAnswers(testForm, answers)).toEqual({ name: "Jan", hasPet: false });
  });

  it("evaluates optionalIf", () => {
    const field = { key: "d", kind: "text" as const, label: { pl: "D" }, optionalIf: { field: "a", equals: true } };
    expect(isFieldOptional(field, { a: true })).toBe(true);
    expect(isFieldOptional(field, { a: false })).toBe(false);
    expect(isFieldOptional({ ...field, optional: true }, {})).toBe(true);
  });
});
