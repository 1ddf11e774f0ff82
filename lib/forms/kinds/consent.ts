import { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { defineKind, singleInput } from "./define-kind";
import { fieldMessage } from "../messages";

/** A checkbox with value "yes": ticked → true, absent → false (never null). */
function toTicked(value: unknown): boolean {
  return value === true || value === "yes";
}

export const consentKind = defineKind({
  kind: "consent",
  hasValue: true,
  schema: (field, env) => {
    const message = fieldMessage(field, env, "required", "forms.errors.consentRequired");
    return z.preprocess(toTicked, field.optional ? z.boolean() : z.literal(true, { error: message }));
  },
  parse: (read, field) => toTicked(read(field.key)?.trim()),
  summarize: (value, _field, env) => translate(env.locale, value === true ? "forms.summary.yes" : "forms.summary.no"),
  example: () => true,
  inputNames: singleInput,
});
