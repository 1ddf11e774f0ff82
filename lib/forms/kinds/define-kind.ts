/**
 * The contract every field kind implements, plus helpers the text-like kinds share.
 * A kind owns a field's whole life: reading raw input, validating, showing and an example.
 */
import { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { fieldMessage } from "../messages";
import type { Answers, AnswerValue, FieldDefinition, FieldKind, FieldReader, FormEnv } from "../types";

export type KindModule = {
  kind: FieldKind;
  /** False for display-only kinds (info): no input, no value, no schema entry. */
  hasValue: boolean;
  /** Validates a parsed value; also accepts raw browser values (strings, "yes"/"no"). */
  schema(field: FieldDefinition, env: FormEnv, answers?: Answers): z.ZodType;
  /** Raw inputs → the stored value: trimmed, NFC-normalised, empty optional → null. */
  parse(read: FieldReader, field: FieldDefinition): AnswerValue;
  summarize(value: AnswerValue, field: FieldDefinition, env: FormEnv): string;
  /** A valid value, for tests and demo data. */
  example(field: FieldDefinition, env: FormEnv): AnswerValue;
  /** The HTML input names the renderer uses (and the only ones the server reads). */
  inputNames(field: FieldDefinition): string[];
};

export function defineKind<K extends FieldKind>(module: KindModule & { kind: K }): KindModule & { kind: K } {
  return module;
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Single-line text: NFC, trimmed, inner whitespace (also pasted newlines) collapsed; "" → null. */
export function normalizeLine(value: unknown): unknown {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") return value;
  const text = value.normalize("NFC").replace(/[\t\n\r ]+/g, " ").trim();
  return text === "" ? null : text;
}

/** Multi-line text: NFC, trimmed, Windows line endings unified; "" → null. */
export function normalizeMultiline(value: unknown): unknown {
  if (value === undefined || value === "") return null;
  if (typeof value !== "string") return value;
  const text = value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  return text === "" ? null : text;
}

export function readLine(read: FieldReader, name: string): string | null {
  const value = normalizeLine(read(name));
  return typeof value === "string" ? value : null;
}

type TextRules = {
  requiredMessage: string;
  maxLength: number;
  normalize?: (value: unknown) => unknown;
  check?: (value: string) => string | null;
};

/** A string answer: required (or null when optional), length-limited, then a kind-specific check. */
export function textSchema(field: FieldDefinition, env: FormEnv, rules: TextRules): z.ZodType {
  const base = z.string({ error: rules.requiredMessage }).superRefine((value, ctx) => {
    const message = textProblem(field, env, value, rules);
    if (message) ctx.addIssue({ code: "custom", message });
  });
  return z.preprocess(rules.normalize ?? normalizeLine, field.optional ? base.nullable() : base);
}

function textProblem(field: FieldDefinition, env: FormEnv, value: string, rules: TextRules): string | null {
  if (value === "") return rules.requiredMessage;
  if (CONTROL_CHARACTERS.test(value)) return fieldMessage(field, env, "invalid", "forms.errors.controlCharacters");
  if (value.length > rules.maxLength) {
    return fieldMessage(field, env, "tooLong", "forms.errors.tooLong", { max: rules.maxLength });
  }
  return rules.check?.(value) ?? null;
}

export function summarizeText(value: AnswerValue, env: FormEnv): string {
  return typeof value === "string" && value !== "" ? value : translate(env.locale, "forms.summary.notProvided");
}

export function singleInput(field: FieldDefinition): string[] {
  return [field.key];
}
