/**
 * The shape the identifier kinds share (NIP, REGON, VIN, …): one text input, normalised (spaces
 * and dashes away, upper case where letters occur), a format check and a check-digit check, each
 * with its own message. Stored normalised; shown in the number's usual printed form.
 */
import type { MessageKey } from "@/lib/i18n/translate";
import { defineKind, normalizeLine, singleInput, summarizeText, textSchema, type KindModule } from "./define-kind";
import { fieldMessage } from "../messages";
import type { FieldDefinition, FieldKind } from "../types";

type IdentifierRules<K extends FieldKind> = {
  kind: K;
  /** Applied to the trimmed single line. */
  normalize: (line: string) => string;
  requiredKey: MessageKey;
  /** The message for a normalised value that is not acceptable, or null when it is. */
  problem: (value: string, field: FieldDefinition) => MessageKey | null;
  example: string;
  /** The usual printed form for summaries (default: as stored). */
  format?: (value: string) => string;
  /** Limit on the normalised value, so pasted essays get the "too long" message. */
  maxLength?: number;
};

export function defineIdentifierKind<K extends FieldKind>(rules: IdentifierRules<K>): KindModule & { kind: K } {
  const normalize = (value: unknown): unknown => {
    const line = normalizeLine(value);
    return typeof line === "string" ? rules.normalize(line) : line;
  };
  return defineKind({
    kind: rules.kind,
    hasValue: true,
    schema: (field, env) =>
      textSchema(field, env, {
        requiredMessage: fieldMessage(field, env, "required", rules.requiredKey),
        maxLength: rules.maxLength ?? 40,
        normalize,
        check: (value) => {
          const key = rules.problem(value, field);
          return key ? fieldMessage(field, env, "invalid", key) : null;
        },
      }),
    parse: (read, field) => {
      const value = normalize(read(field.key));
      return typeof value === "string" ? value : null;
    },
    summarize: (value, _field, env) =>
      typeof value === "string" && value !== "" && rules.format ? rules.format(value) : summarizeText(value, env),
    example: () => rules.example,
    inputNames: singleInput,
  });
}
