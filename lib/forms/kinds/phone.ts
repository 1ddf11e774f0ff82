import { defineKind, readLine, singleInput, summarizeText, textSchema } from "./define-kind";
import { fieldMessage } from "../messages";
import { formatPhone, isValidPhone } from "../validators/phone";

/** Room for "+48 600-123-456" and similar spacing, but not for pasted essays. */
const PHONE_MAX_LENGTH = 25;

export const phoneKind = defineKind({
  kind: "phone",
  hasValue: true,
  schema: (field, env) =>
    textSchema(field, env, {
      requiredMessage: fieldMessage(field, env, "required", "forms.errors.phoneRequired"),
      maxLength: PHONE_MAX_LENGTH,
      check: (value) => (isValidPhone(value) ? null : fieldMessage(field, env, "invalid", "forms.errors.phoneInvalid")),
    }),
  // Kept as typed, so going back shows the person their own formatting.
  parse: (read, field) => readLine(read, field.key),
  summarize: (value, _field, env) => (typeof value === "string" ? formatPhone(value) : summarizeText(value, env)),
  example: () => "600 123 456",
  inputNames: singleInput,
});
