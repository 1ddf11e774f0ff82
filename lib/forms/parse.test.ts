import { describe, expect, it } from "vitest";
import { parseStepInput, readerFromFormData, readerFromRecord } from "./parse";
import { testForm } from "./test-fixtures";

describe("parseStepInput", () => {
  it("never stores an undeclared field", () => {
    const read = readerFromRecord({ name: " Jan ", hasPet: "no", isAdmin: "yes", "name.extra": "x" });
    expect(parseStepInput(testForm, "about", read, {})).toEqual({ name: "Jan", hasPet: false });
  });

  it("reads a field revealed by an answer on the same step", () => {
    const read = readerFromRecord({ name: "Jan", hasPet: "yes", petName: "Burek" });
    expect(parseStepInput(testForm, "about", read, {})).toEqual({ name: "Jan", hasPet: true, petName: "Burek" });
  });

  it("ignores a field hidden by what was just read, even if the saved answer revealed it", () => {
    const read = readerFromRecord({ name: "Jan", hasPet: "no", petName: "Burek" });
    expect(parseStepInput(testForm, "about", read, { hasPet: true, petName: "Old" })).toEqual({
      name: "Jan",
      hasPet: false,
    });
  });

  it("evaluates step visibility on earlier answers", () => {
    const read = readerFromRecord({ petKind: "dog", petBorn: "2020-01-01" });
    expect(parseStepInput(testForm, "pet", read, { hasPet: false })).toEqual({});
    expect(parseStepInput(testForm, "pet", read, { hasPet: true })).toEqual({ petKind: "dog", petBorn: "2020-01-01" });
  });

  it("records missing inputs as empty answers, and skips info fields", () => {
    expect(parseStepInput(testForm, "confirm", readerFromRecord({ notice: "x" }), {})).toEqual({ agree: false });
    expect(parseStepInput(testForm, "dates", readerFromRecord({}), {})).toEqual({ from: null, until: null, contact: null });
  });
});

describe("readerFromFormData", () => {
  it("reads strings, and files or missing inputs as null", () => {
    const fd = new FormData();
    fd.set("name", "Jan");
    fd.set("upload", new Blob(["x"]), "x.txt");
    const read = readerFromFormData(fd);
    expect(read("name")).toBe("Jan");
    expect(read("upload")).toBeNull();
    expect(read("missing")).toBeNull();
  });

  it("reads every value sent under one name (checkboxes)", () => {
    const fd = new FormData();
    fd.append("utilities", "water");
    fd.append("utilities", "gas");
    fd.append("utilities", new Blob(["x"]), "x.txt");
    const read = readerFromFormData(fd);
    expect(read("utilities")).toBe("water");
    expect(read.readAll?.("utilities")).toEqual(["water", "gas"]);
    expect(read.readAll?.("missing")).toEqual([]);
  });
});

describe("readerFromRecord", () => {
  it("reads lists and comma-joined strings as several values", () => {
    const read = readerFromRecord({ list: ["a", "b"], joined: "a, b", single: "x", gone: undefined });
    expect(read("list")).toBe("a");
    expect(read.readAll?.("list")).toEqual(["a", "b"]);
    expect(read.readAll?.("joined")).toEqual(["a", "b"]);
    expect(read("single")).toBe("x");
    expect(read("gone")).toBeNull();
    expect(read.readAll?.("gone")).toEqual([]);
    expect(read("toString")).toBeNull();
  });
});
