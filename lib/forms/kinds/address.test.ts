import { describe, expect, it } from "vitest";
import { readerFromRecord } from "../parse";
import { testEnv, testEnvEn } from "../test-fixtures";
import { kinds } from "./index";
import { check, fieldOf } from "./kinds-test-helpers";

const field = fieldOf("address", { key: "newAddress", label: { pl: "Nowy adres" } });
const full = { street: "Zwycięstwa", building: "21", flat: "3", postalCode: "44-100", city: "Gliwice" };

describe("address", () => {
  it("names one input per part", () => {
    expect(kinds.address.inputNames(field)).toEqual([
      "newAddress.street",
      "newAddress.building",
      "newAddress.flat",
      "newAddress.postalCode",
      "newAddress.city",
    ]);
  });

  it("parses the parts, trimming and normalising", () => {
    const read = readerFromRecord({
      "newAddress.street": " Zwycięstwa ",
      "newAddress.building": "21",
      "newAddress.postalCode": "44100",
      "newAddress.city": "Gliwice",
      street: "ignored",
    });
    expect(kinds.address.parse(read, field)).toEqual({ ...full, flat: "" });
  });

  it("accepts a full address and one without a flat", () => {
    expect(check(field, full)).toEqual({ ok: true, value: full });
    expect(check(field, { ...full, flat: "" })).toEqual({ ok: true, value: { ...full, flat: "" } });
  });

  it.each([
    ["street", "", "Podaj nazwę ulicy"],
    ["building", " ", "Podaj numer budynku"],
    ["postalCode", "", "Podaj kod pocztowy"],
    ["postalCode", "441", "Wpisz kod pocztowy w formacie 00-000, na przykład 44-100"],
    ["city", "", "Podaj miejscowość"],
    ["street", "x".repeat(101), "Pole „Ulica” może mieć najwyżej 100 znaków"],
  ])("reports %s = %j at the part's input", (part, value, message) => {
    expect(check(field, { ...full, [part]: value })).toEqual({ ok: false, message, path: part });
  });

  it("reports every missing part of an empty required address", () => {
    const result = kinds.address.schema(field, testEnv).safeParse(null);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["street", "building", "postalCode", "city"]);
  });

  it("is null when optional and left empty", () => {
    const optional = { ...field, optional: true };
    expect(check(optional, { street: " ", building: "", flat: "", postalCode: "", city: "" })).toEqual({ ok: true, value: null });
    expect(kinds.address.parse(readerFromRecord({}), optional)).toBeNull();
    expect(check(optional, { ...full, city: "" })).toMatchObject({ ok: false, path: "city" });
  });

  it("summarises on one line", () => {
    expect(kinds.address.summarize(full, field, testEnv)).toBe("ul. Zwycięstwa 21/3, 44-100 Gliwice");
    expect(kinds.address.summarize({ ...full, flat: "" }, field, testEnvEn)).toBe("ul. Zwycięstwa 21, 44-100 Gliwice");
    expect(kinds.address.summarize({ ...full, street: "al. Korfantego" }, field, testEnv)).toBe(
      "al. Korfantego 21/3, 44-100 Gliwice",
    );
    expect(kinds.address.summarize({ ...full, street: "Rynek" }, field, testEnv)).toBe("Rynek 21/3, 44-100 Gliwice");
    expect(kinds.address.summarize(null, field, testEnv)).toBe("Nie podano");
  });
});
