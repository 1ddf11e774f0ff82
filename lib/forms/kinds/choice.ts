/** Shared behaviour of radio buttons and select lists: one option value out of the definition's. */
import { z } from "zod";
import { defineKind, readLine, singleInput, summarizeText, type KindModule } from "./define-kind";
import { localize } from "../localize";
import { fieldMessage } from "../messages";

export function defineChoiceKind<K extends "radio" | "select">(kind: K): KindModule & { kind: K } {
  return defineKind({
    kind,
    hasValue: true,
    schema: (field, env) => {
      const values = (field.options ?? []).map((option) => option.value);
      const required = fieldMessage(field, env, "required", "forms.errors.chooseOption");
      const base = z.string({ error: required }).refine((value) => values.includes(value), {
        message: fieldMessage(field, env, "invalid", "forms.errors.invalidOption"),
      });
      return z.preprocess(normalizeChoice, field.optional ? base.nullable() : base);
    },
    parse: (read, field) => readLine(read, field.key),
    summarize: (value, field, env) => {
      const option = field.options?.find((candidate) => candidate.value === value);
      return option ? localize(option.label, env.locale) : summarizeText(value, env);
    },
    example: (field) => field.options?.[0]?.value ?? null,
    inputNames: singleInput,
  });
}

function normalizeChoice(value: unknown): unknown {
  if (value === undefined || value === "" || value === false) return null;
  return typeof value === "string" ? value.trim() || null : value;
}
