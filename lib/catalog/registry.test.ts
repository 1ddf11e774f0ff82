import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { checkFormDefinition } from "@/lib/forms/check-definition";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { validateAnswers } from "@/lib/forms/validate";
import { findService, getService, listServices } from "./registry";

const env = { today: "2026-05-14", locale: "pl" as const };
const identity = { givenName: "Jan", familyName: "Kowalski", pesel: "44051401458", birthDate: "1944-05-14" };

/** Every {pl} text inside a value, with where it is. */
function localizedTexts(value: unknown, path = ""): Array<{ path: string; text: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.pl === "string") return [{ path, text: record }];
  return Object.entries(record).flatMap(([key, inner]) => localizedTexts(inner, `${path}.${key}`));
}

describe("catalogue", () => {
  it("has unique, kebab-case ids", () => {
    const ids = listServices().map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("finds and gets services by id", () => {
    expect(findService("residence-registration")?.id).toBe("residence-registration");
    expect(findService("no-such-service")).toBeNull();
    expect(getService("residence-registration").id).toBe("residence-registration");
    try {
      getService("no-such-service");
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    }
  });

  describe.each(listServices().map((service) => [service.id, service] as const))("%s", (_id, service) => {
    it("pins the service version to the form version", () => expect(service.version).toBe(service.form.version));

    it("has a sound form definition", () => expect(checkFormDefinition(service.form)).toEqual([]));

    it("has routing data and a fee in whole grosze", () => {
      expect(service.departmentCode).toMatch(/^[a-z]+$/);
      expect(service.jrwaClass).toMatch(/^\d{1,4}$/);
      expect(Number.isInteger(service.fee.amountGrosze) && service.fee.amountGrosze >= 0).toBe(true);
      expect(service.whatYouNeed.length).toBeGreaterThan(0);
    });

    it("is translated into English everywhere", () => {
      const missing = localizedTexts(service).filter(({ text }) => typeof text.en !== "string" || text.en === "");
      expect(missing.map(({ path }) => path)).toEqual([]);
    });

    it("accepts answers built from every kind's example", () => {
      const answers = buildExampleAnswers(service.form, env, identity);
      expect(validateAnswers(service.form, answers, env)).toMatchObject({ ok: true });
    });
  });
});
