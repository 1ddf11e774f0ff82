import { describe, expect, it } from "vitest";
import { readerFromFormData, readerFromRecord } from "../parse";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

const options = [
  { value: "water", label: { pl: "Woda", en: "Water" } },
  { value: "power", label: { pl: "Prąd", en: "Electricity" } },
  { value: "gas", label: { pl: "Gaz" } },
];
const field = fieldOf("checkboxes", { label: { pl: "Media", en: "Utilities" }, options });

describe("checkboxes", () => {
  it.each([
    [["water"], ["water"]],
    [["gas", "water"], ["water", "gas"]],
    [[" power ", "power", ""], ["power"]],
    ["gas,water", ["water", "gas"]],
  ])("accepts %j as %j (definition order, no repeats)", (raw, value) =>
    expect(check(field, raw)).toEqual({ ok: true, value }),
  );

  it.each([
    [[], "Zaznacz co najmniej jedną odpowiedź: Media"],
    [null, "Zaznacz co najmniej jedną odpowiedź: Media"],
    ["", "Zaznacz co najmniej jedną odpowiedź: Media"],
    [["water", "oil"], "Wybierz jedną z podanych odpowiedzi: Media"],
    [[1], "Wybierz jedną z podanych odpowiedzi: Media"],
    [{ water: true }, "Wybierz jedną z podanych odpowiedzi: Media"],
  ])("rejects %j: %s", (raw, message) => expect(check(field, raw)).toMatchObject({ ok: false, message }));

  it("is an empty list, never null, when optional and nothing is ticked", () => {
    expect(check({ ...field, optional: true }, null)).toEqual({ ok: true, value: [] });
    expect(check({ ...field, optional: true }, [])).toEqual({ ok: true, value: [] });
  });

  it("applies minSelected and maxSelected", () => {
    const between = { ...field, minSelected: 2, maxSelected: 2 };
    expect(check(between, ["water"])).toMatchObject({ message: "Zaznacz co najmniej 2 odpowiedzi: Media" });
    expect(check(between, ["water", "gas"]).ok).toBe(true);
    expect(check(between, ["water", "power", "gas"])).toMatchObject({ message: "Zaznacz najwyżej 2 odpowiedzi: Media" });
    expect(check({ ...field, maxSelected: 1 }, ["water", "gas"])).toMatchObject({ message: "Zaznacz tylko jedną odpowiedź: Media" });
    expect(check(between, ["water"], testEnvEn)).toMatchObject({ message: "Select at least 2 options: Utilities" });
    // Optional: may be left empty, but once answered the minimum applies.
    expect(check({ ...between, optional: true }, []).ok).toBe(true);
    expect(check({ ...between, optional: true }, ["gas"]).ok).toBe(false);
  });

  it("uses the definition's wording", () => {
    const worded = { ...field, errors: { required: { pl: "Wybierz media, z których korzystasz" } } };
    expect(check(worded, [])).toMatchObject({ message: "Wybierz media, z których korzystasz" });
  });

  it("reads every ticked box from FormData, keeping unknown values for the schema to reject", () => {
    const fd = new FormData();
    fd.append("answer", "gas");
    fd.append("answer", "water");
    fd.append("answer", "oil");
    expect(kinds.checkboxes.parse(readerFromFormData(fd), field)).toEqual(["water", "gas", "oil"]);
    expect(kinds.checkboxes.parse(readerFromFormData(new FormData()), field)).toEqual([]);
  });

  it("reads lists and comma-joined strings from records, and plain readers", () => {
    expect(kinds.checkboxes.parse(readerFromRecord({ answer: ["power", "water"] }), field)).toEqual(["water", "power"]);
    expect(kinds.checkboxes.parse(readerFromRecord({ answer: "power,water" }), field)).toEqual(["water", "power"]);
    expect(kinds.checkboxes.parse((name) => (name === "answer" ? "gas" : null), field)).toEqual(["gas"]);
  });

  it("summarises the labels in the reader's language", () => {
    expect(kinds.checkboxes.summarize(["water", "gas"], field, testEnv)).toBe("Woda, Gaz");
    expect(kinds.checkboxes.summarize(["water", "gas"], field, testEnvEn)).toBe("Water, Gaz");
    expect(kinds.checkboxes.summarize([], field, testEnv)).toBe("Nie podano");
  });

  it("examples tick as many options as needed", () => {
    expect(kinds.checkboxes.example(field, testEnv)).toEqual(["water"]);
    expect(kinds.checkboxes.example({ ...field, minSelected: 2 }, testEnv)).toEqual(["water", "power"]);
  });
});
