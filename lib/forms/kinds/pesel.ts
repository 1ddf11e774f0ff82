import { defineKind, normalizeLine, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";
import { isValidPesel, normalizePesel } from "../validators/pesel";

function normalize(value: unknown): unknown {
  const line = normalizeLine(value);
  return typeof line === "string" ? normalizePesel(line) : line;
}

export const peselKind = defineKind({
  kind: "pesel",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.peselRequired"),
      maxLength: 40,
      normalize,
      check: (value) => {
        if (!/^\d{11}$/.test(value)) return fieldMessage(field, env, "invalid", "forms.errors.peselLength");
        return isValidPesel(value) ? null : fieldMessage(field, env, "invalid", "forms.errors.peselInvalid");
      },
    }),
  parse: (read, field) => {
    const value = normalize(read(field.key));
    return typeof value === "string" ? value : null;
  },
  summarize: (value, _field, env) => summarizeText(value, env),
  example: () => "44051401458",
  inputNames: singleInput,
});
