import { defineKind, normalizeMultiline, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";

export const DEFAULT_LONG_TEXT_MAX_LENGTH = 2000;

export const longTextKind = defineKind({
  kind: "long-text",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.required"),
      maxLength: field.maxLength ?? DEFAULT_LONG_TEXT_MAX_LENGTH,
      normalize: normalizeMultiline,
    }),
  parse: (read, field) => {
    const value = normalizeMultiline(read(field.key));
    return typeof value === "string" ? value : null;
  },
  summarize: (value, _field, env) => summarizeText(value, env),
  example: (field) => "Przykładowy opis.".slice(0, field.maxLength ?? DEFAULT_LONG_TEXT_MAX_LENGTH),
  inputNames: singleInput,
});
