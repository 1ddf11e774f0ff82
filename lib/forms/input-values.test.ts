import { describe, expect, it } from "vitest";
import { inputValuesOf } from "./input-values";
import { kinds } from "./kinds";
import { fieldOf } from "./kinds/kinds-test-helpers";
import { readerFromRecord } from "./parse";
import { testEnv } from "./test-fixtures";
import type { AnswerValue, FieldDefinition, FieldKind, FormDefinition } from "./types";

const options = [
  { value: "a", label: { pl: "A" } },
  { value: "b", label: { pl: "B" } },
  { value: "c", label: { pl: "C" } },
];
const formOf = (field: FieldDefinition): FormDefinition => ({ version: 1, steps: [{ id: "s", title: { pl: "S" }, fields: [field] }] });
const roundTrip = (field: FieldDefinition, value: AnswerValue) =>
  kinds[field.kind].parse(readerFromRecord(inputValuesOf(formOf(field), { [field.key]: value })), field);

describe("inputValuesOf", () => {
  // A file list is owned by the upload route, never parsed from a form post (see kinds/file.ts).
  const valued = (Object.keys(kinds) as FieldKind[]).filter((kind) => kinds[kind].hasValue && kind !== "file");

  it.each(valued)("%s: parsing the input values of its example gives the example back", (kind) => {
    const field = fieldOf(kind, { options });
    const example = kinds[kind].example(field, testEnv);
    expect(roundTrip(field, example)).toEqual(example);
  });

  it("writes the shapes the widgets read", () => {
    const values = (field: FieldDefinition, value: AnswerValue) => inputValuesOf(formOf(field), { [field.key]: value });
    expect(values(fieldOf("checkboxes", { options }), ["a", "c"])).toEqual({ answer: "a,c" });
    expect(values(fieldOf("money"), 123456)).toEqual({ answer: "1234,56" });
    expect(values(fieldOf("money"), -5)).toEqual({ answer: "-0,05" });
    expect(values(fieldOf("decimal"), "1234.5")).toEqual({ answer: "1234,5" });
    expect(values(fieldOf("integer"), -12)).toEqual({ answer: "-12" });
    expect(values(fieldOf("date-range"), { from: "2026-05-14", to: "2026-05-20" })).toEqual({
      "answer.from": "2026-05-14",
      "answer.to": "2026-05-20",
    });
  });

  it("round-trips several ticked boxes and amounts", () => {
    expect(roundTrip(fieldOf("checkboxes", { options }), ["a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(roundTrip(fieldOf("money"), 5)).toBe(5);
    expect(roundTrip(fieldOf("money", { minValue: -10 }), -1750)).toBe(-1750);
    expect(roundTrip(fieldOf("decimal"), "-0.125")).toBe("-0.125");
  });
});
