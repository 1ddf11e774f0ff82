import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { foldForSearch, searchServices } from "./search";
import type { ServiceDefinition } from "./types";

const service = (id: string, name: string, keywords: string[] = []) =>
  ({ id, name: { pl: name }, summary: { pl: "" }, keywords }) as unknown as ServiceDefinition;

const catalogue = [
  service("residence-certificate", "Zaświadczenie o zameldowaniu"),
  service("tree-felling", "Zezwolenie na usunięcie drzew", ["wycinka"]),
  service("driving-licence", "Wydanie prawa jazdy"),
];

describe("catalogue search", () => {
  it("ignores case and Polish diacritics", () => {
    expect(searchServices(catalogue, "zaswiadczenie", "pl").map((s) => s.id)).toEqual(["residence-certificate"]);
    expect(searchServices(catalogue, "ZAŚWIADCZENIE ZAMELDOWANIU", "pl").map((s) => s.id)).toEqual(["residence-certificate"]);
    expect(foldForSearch("Łódź, żółć")).toBe("lodz, zolc");
  });

  it("finds by keywords and needs every word", () => {
    expect(searchServices(catalogue, "wycinka", "pl").map((s) => s.id)).toEqual(["tree-felling"]);
    expect(searchServices(catalogue, "prawa jazdy zameldowanie", "pl")).toEqual([]);
  });

  it("returns everything for an empty query and never throws", () => {
    expect(searchServices(catalogue, "   ", "pl")).toHaveLength(3);
    fc.assert(fc.property(fc.string(), (q) => Array.isArray(searchServices(catalogue, q, "pl"))));
  });
});
