import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readerFromRecord } from "../parse";
import { testEnv } from "../test-fixtures";
import type { FieldDefinition, FieldKind } from "../types";
import { kinds } from "./index";
import { fieldOf } from "./kinds-test-helpers";

const fieldFor = (kind: FieldKind): FieldDefinition =>
  fieldOf(kind, {
    options: [
      { value: "a", label: { pl: "A" } },
      { value: "b", label: { pl: "B" } },
    ],
  });
const allKinds = Object.keys(kinds) as FieldKind[];

describe("kind registry", () => {
  it.each(allKinds)("%s is registered under its own name", (kind) => expect(kinds[kind].kind).toBe(kind));

  it.each(allKinds.filter((kind) => kinds[kind].hasValue))("%s: its example passes its schema", (kind) => {
    const field = fieldFor(kind);
    const example = kinds[kind].example(field, testEnv);
    expect(kinds[kind].schema(field, testEnv).safeParse(example).success).toBe(true);
  });

  it.each(allKinds.filter((kind) => kinds[kind].hasValue && kind !== "address" && kind !== "date-range"))(
    "%s: simple kinds use the field key as the input name",
    (kind) => expect(kinds[kind].inputNames(fieldFor(kind))).toEqual(["answer"]),
  );

  it.each(allKinds)("%s: schema and parse never throw on arbitrary input", (kind) => {
    const field = fieldFor(kind);
    const schema = kinds[kind].schema(field, testEnv);
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.string(), fc.string()), (raw, inputs) => {
        schema.safeParse(raw);
        const parsed = kinds[kind].parse(readerFromRecord(inputs), field);
        kinds[kind].summarize(parsed, field, testEnv);
      }),
      { numRuns: 60 },
    );
  });

  it.each(allKinds.filter((kind) => kinds[kind].hasValue))("%s: a parsed value validates to itself", (kind) => {
    const field = fieldFor(kind);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const read = (name: string) => (name.startsWith("answer") ? text : null);
        const parsed = kinds[kind].parse(read, field);
        const result = kinds[kind].schema(field, testEnv).safeParse(parsed);
        if (result.success) expect(result.data).toEqual(parsed);
      }),
      { numRuns: 60 },
    );
  });
});
