import { describe, expect, it } from "vitest";
import { checkFormDefinition } from "./check-definition";
import { testForm } from "./test-fixtures";
import type { FormDefinition } from "./types";

const label = { pl: "X" };

describe("checkFormDefinition", () => {
  it("accepts the test form", () => expect(checkFormDefinition(testForm)).toEqual([]));

  it("finds conditions and bounds pointing forward, bad values and duplicates", () => {
    const broken: FormDefinition = {
      version: 0,
      steps: [
        {
          id: "a",
          title: label,
          fields: [
            { key: "early", kind: "text", label, showIf: { field: "late", equals: "x" } },
            { key: "pick", kind: "radio", label, options: [{ value: "a", label }] },
            { key: "wrong", kind: "text", label, showIf: { field: "pick", equals: "b" } },
            { key: "flag", kind: "yes-no", label },
            { key: "flagged", kind: "text", label, showIf: { field: "flag", equals: "yes" } },
            { key: "end", kind: "date", label, min: { field: "start" } },
            { key: "empty", kind: "select", label },
            { key: "bad.key", kind: "text", label },
          ],
        },
        { id: "a", title: label, fields: [{ key: "pick", kind: "text", label }, { key: "start", kind: "date", label }] },
      ],
    };
    const problems = checkFormDefinition(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "version must be a positive integer",
        "field early: condition must point at an earlier field (late)",
        "field wrong: condition compares pick with a value it cannot have",
        "field flagged: condition compares flag with a value it cannot have",
        "field end: date bound must point at an earlier date field",
        "field empty: a choice needs options",
        "field bad.key: key must be camelCase letters and digits",
        "duplicate step id a",
        "duplicate field key pick",
      ]),
    );
    expect(problems).toHaveLength(9);
  });

  it("checks checkbox options, counts and numeric options", () => {
    const options = [
      { value: "a", label },
      { value: "b,c", label },
    ];
    const form: FormDefinition = {
      version: 1,
      steps: [
        {
          id: "s",
          title: label,
          fields: [
            { key: "none", kind: "checkboxes", label },
            { key: "comma", kind: "checkboxes", label, options },
            { key: "counts", kind: "checkboxes", label, options: options.slice(0, 1), minSelected: 2, maxSelected: 1 },
            { key: "range", kind: "integer", label, minValue: 10, maxValue: 1 },
            { key: "places", kind: "decimal", label, decimals: 1.5 },
            { key: "shown", kind: "text", label, showIf: { field: "comma", equals: "a" } },
            { key: "fine", kind: "money", label, minValue: 17, maxValue: 598 },
          ],
        },
      ],
    };
    expect(checkFormDefinition(form)).toEqual([
      "field none: a choice needs options",
      "field comma: checkbox option values must not contain commas",
      "field counts: minSelected and maxSelected must be between 1 and the number of options",
      "field counts: minSelected is above maxSelected",
      "field range: minValue is above maxValue",
      "field places: decimals must be a whole number, 0 or more",
    ]);
  });
});
