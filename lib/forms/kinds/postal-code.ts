import { defineKind, normalizeLine, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";
import { isValidPostalCode, normalizePostalCode } from "../validators/postal-code";

function normalize(value: unknown): unknown {
  const line = normalizeLine(value);
  return typeof line === "string" ? normalizePostalCode(line) : line;
}

export const postalCodeKind = defineKind({
  kind: "postal-code",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.postalCodeRequired"),
      maxLength: 20,
      normalize,
      check: (value) =>
        isValidPostalCode(value) ? null : fieldMessage(field, env, "invalid", "forms.errors.postalCodeInvalid"),
    }),
  parse: (read, field) => {
    const value = normalize(read(field.key));
    return typeof value === "string" ? value : null;
  },
  summarize: (value, _field, env) => summarizeText(value, env),
  example: () => "44-100",
  inputNames: singleInput,
});
