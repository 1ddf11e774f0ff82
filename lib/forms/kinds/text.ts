import { defineKind, readLine, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";

export const DEFAULT_TEXT_MAX_LENGTH = 200;

export const textKind = defineKind({
  kind: "text",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.required"),
      maxLength: field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH,
    }),
  parse: (read, field) => readLine(read, field.key),
  summarize: (value, _field, env) => summarizeText(value, env),
  example: (field) => "Przykład".slice(0, field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH),
  inputNames: singleInput,
});
