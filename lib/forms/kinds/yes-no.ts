import { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { defineKind, singleInput } from "./define-kind";
import { fieldMessage } from "../messages";

/** Radios named after the field with values "yes" / "no"; stored as a boolean. */
export function toYesNo(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === "yes") return true;
  if (value === "no") return false;
  return null;
}

export const yesNoKind = defineKind({
  kind: "yes-no",
  hasValue: true,
  schema: (field, env) => {
    const base = z.boolean({ error: fieldMessage(field, env, "required", "forms.errors.answerYesNo") });
    return z.preprocess(toYesNo, field.optional ? base.nullable() : base);
  },
  parse: (read, field) => toYesNo(read(field.key)?.trim()),
  summarize: (value, _field, env) => {
    if (value === true) return translate(env.locale, "forms.summary.yes");
    return translate(env.locale, value === false ? "forms.summary.no" : "forms.summary.notProvided");
  },
  example: () => false,
  inputNames: singleInput,
});
