import { describe, expect, it } from "vitest";
import { buildFormSchema, buildStepSchema } from "./build-schema";
import { testEnv, testForm } from "./test-fixtures";

describe("buildStepSchema", () => {
  it("includes only visible fields (showIf)", () => {
    const hidden = buildStepSchema(testForm, "about", { hasPet: false }, testEnv);
    expect(hidden.safeParse({ name: "Jan", hasPet: "no" })).toEqual({ success: true, data: { name: "Jan", hasPet: false } });
    expect(hidden.safeParse({ name: "Jan", hasPet: "no", petName: "Burek" }).success).toBe(false);

    const shown = buildStepSchema(testForm, "about", { hasPet: true }, testEnv);
    expect(shown.safeParse({ name: "Jan", hasPet: "yes" }).success).toBe(false);
    expect(shown.safeParse({ name: "Jan", hasPet: "yes", petName: "Burek" }).success).toBe(true);
  });

  it("is strict: undeclared keys fail", () => {
    const schema = buildStepSchema(testForm, "about", {}, testEnv);
    const result = schema.safeParse({ name: "Jan", hasPet: false, isAdmin: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["isAdmin"] });
  });

  it("leaves info fields out", () => {
    const schema = buildStepSchema(testForm, "confirm", {}, testEnv);
    expect(schema.safeParse({ agree: "yes" }).success).toBe(true);
    expect(schema.safeParse({ agree: "yes", notice: null }).success).toBe(false);
  });

  it("resolves date bounds against today and other answers", () => {
    const schema = buildStepSchema(testForm, "dates", { from: "2026-06-01" }, testEnv);
    expect(schema.safeParse({ from: "2026-06-01", until: "2026-06-02" }).success).toBe(true);
    const tooEarly = schema.safeParse({ from: "2026-06-01", until: "2026-06-01" });
    expect(tooEarly.error?.issues[0]).toMatchObject({
      path: ["until"],
      message: "Data zakończenia musi przypadać najwcześniej 2 czerwca 2026",
    });
    const tooLate = schema.safeParse({ from: "2026-06-01", until: "2027-06-02" });
    expect(tooLate.error?.issues[0]?.message).toBe("Data zakończenia musi przypadać najpóźniej 1 czerwca 2027");
    const past = schema.safeParse({ from: "2026-05-13" });
    expect(past.error?.issues[0]?.message).toBe("Data rozpoczęcia nie może być w przeszłości");
  });

  it("throws for an unknown step", () => {
    expect(() => buildStepSchema(testForm, "nope", {}, testEnv)).toThrow();
  });
});

describe("buildFormSchema", () => {
  it("covers every visible step", () => {
    const schema = buildFormSchema(testForm, { hasPet: false }, testEnv);
    const answers = { name: "Jan", hasPet: false, from: "2026-05-14", agree: true };
    expect(schema.safeParse(answers)).toEqual({
      success: true,
      data: { ...answers, until: null, contact: null },
    });
    expect(schema.safeParse({ ...answers, petKind: "dog" }).success).toBe(false);
  });
});
