import { describe, expect, it } from "vitest";
import { applyPrefill } from "./prefill";
import type { FormDefinition } from "./types";

const form: FormDefinition = {
  version: 1,
  steps: [
    {
      id: "person",
      title: { pl: "Dane" },
      fields: [
        { key: "givenName", kind: "text", label: { pl: "Imię" }, prefill: "identity.givenName" },
        { key: "pesel", kind: "pesel", label: { pl: "PESEL" }, prefill: "identity.pesel" },
        { key: "birthDate", kind: "date", label: { pl: "Data urodzenia" }, prefill: "identity.birthDate" },
        { key: "note", kind: "text", label: { pl: "Uwagi" } },
      ],
    },
  ],
};
const identity = { givenName: "Anna", familyName: "Nowak", pesel: "02070803628", birthDate: "2002-07-08" };

describe("applyPrefill", () => {
  it("overwrites whatever the browser sent and keeps other answers", () => {
    const sent = { givenName: "Mallory", pesel: "44051401458", note: "x" };
    expect(applyPrefill(form, sent, identity)).toEqual({
      givenName: "Anna",
      pesel: "02070803628",
      birthDate: "2002-07-08",
      note: "x",
    });
    expect(sent.givenName).toBe("Mallory");
  });
});
