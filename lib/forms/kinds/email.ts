import { z } from "zod";
import { defineKind, readLine, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";

/** RFC 5321 limit for a whole address. */
const EMAIL_MAX_LENGTH = 254;
const emailFormat = z.email();

export const emailKind = defineKind({
  kind: "email",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.emailRequired"),
      maxLength: Math.min(field.maxLength ?? EMAIL_MAX_LENGTH, EMAIL_MAX_LENGTH),
      check: (value) =>
        emailFormat.safeParse(value).success ? null : fieldMessage(field, env, "invalid", "forms.errors.emailInvalid"),
    }),
  parse: (read, field) => readLine(read, field.key),
  summarize: (value, _field, env) => summarizeText(value, env),
  example: () => "jan.kowalski@example.pl",
  inputNames: singleInput,
});
