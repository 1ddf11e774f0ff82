import { describe, expect, it } from "vitest";

import { keepValidAnswers } from "./keep-valid-answers";
import type { FormDefinition } from "./types";

const env = { today: "2026-05-14", locale: "pl" as const };

const v2: FormDefinition = {
  version: 2,
  steps: [
    {
      id: "one",
      title: { pl: "Jeden" },
      fields: [
        { key: "name", kind: "text", label: { pl: "Imię" } },
        { key: "code", kind: "postal-code", label: { pl: "Kod" } },
        { key: "kind", kind: "radio", label: { pl: "Rodzaj" }, options: [{ value: "a", label: { pl: "A" } }] },
      ],
    },
  ],
};

describe("keepValidAnswers", () => {
  it("keeps valid answers and drops removed, hidden or now-invalid ones", () => {
    const kept = keepValidAnswers(v2, { name: "Jan", code: "44-100", kind: "b", removedField: "x" }, env);
    expect(kept).toEqual({ name: "Jan", code: "44-100" });
  });
});
