import { describe, expect, it } from "vitest";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

const options = [
  { value: "permanent", label: { pl: "Pobyt stały", en: "Permanent stay" } },
  { value: "temporary", label: { pl: "Pobyt czasowy" } },
];

describe.each(["radio", "select"] as const)("%s", (kind) => {
  const field = fieldOf(kind, { label: { pl: "Rodzaj pobytu" }, options });

  it.each([
    ["permanent", "permanent"],
    [" temporary ", "temporary"],
  ])("accepts %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));

  it.each([
    ["", "Wybierz odpowiedź: Rodzaj pobytu"],
    [null, "Wybierz odpowiedź: Rodzaj pobytu"],
    ["PERMANENT", "Wybierz jedną z podanych odpowiedzi: Rodzaj pobytu"],
    ["other", "Wybierz jedną z podanych odpowiedzi: Rodzaj pobytu"],
  ])("rejects %j", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("summarises with the option label, falling back to Polish", () => {
    expect(kinds[kind].summarize("permanent", field, testEnvEn)).toBe("Permanent stay");
    expect(kinds[kind].summarize("temporary", field, testEnvEn)).toBe("Pobyt czasowy");
    expect(kinds[kind].summarize(null, field, testEnv)).toBe("Nie podano");
  });
});

describe("yes-no", () => {
  const field = fieldOf("yes-no", { label: { pl: "Czy masz zwierzę?" } });
  it.each([
    ["yes", true],
    ["no", false],
    [true, true],
    [false, false],
  ])("accepts %j as %j", (raw, value) => expect(check(field, raw)).toEqual({ ok: true, value }));
  it.each(["", "tak", "YES", null, 1])("rejects %j", (raw) =>
    expect(check(field, raw)).toMatchObject({ ok: false, message: "Odpowiedz „Tak” albo „Nie”: Czy masz zwierzę?" }),
  );
  it("parses and summarises", () => {
    expect(kinds["yes-no"].parse(() => "yes", field)).toBe(true);
    expect(kinds["yes-no"].parse(() => "no", field)).toBe(false);
    expect(kinds["yes-no"].parse(() => null, field)).toBeNull();
    expect(kinds["yes-no"].summarize(true, field, testEnv)).toBe("Tak");
    expect(kinds["yes-no"].summarize(false, field, testEnvEn)).toBe("No");
  });
});

describe("consent", () => {
  const field = fieldOf("consent");
  it("must be ticked when required", () => {
    expect(check(field, "yes")).toEqual({ ok: true, value: true });
    expect(check(field, true)).toEqual({ ok: true, value: true });
    for (const raw of [false, null, "", "no", "on"]) {
      expect(check(field, raw)).toMatchObject({ ok: false, message: "Zaznacz oświadczenie, aby kontynuować" });
    }
  });
  it("is a plain boolean when optional", () => {
    expect(check({ ...field, optional: true }, null)).toEqual({ ok: true, value: false });
  });
  it("reads a ticked box as true and an absent one as false", () => {
    expect(kinds.consent.parse(() => "yes", field)).toBe(true);
    expect(kinds.consent.parse(() => null, field)).toBe(false);
  });
});

describe("info", () => {
  const field = fieldOf("info");
  it("has no input and no value", () => {
    expect(kinds.info.hasValue).toBe(false);
    expect(kinds.info.inputNames(field)).toEqual([]);
    expect(kinds.info.parse(() => "anything", field)).toBeNull();
  });
});
