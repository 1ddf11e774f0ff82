/** Helpers for the field-kind tests (tests only). */
import { testEnv } from "../test-fixtures";
import type { Answers, FieldDefinition, FieldKind, FormEnv } from "../types";
import { kinds } from "./index";

export function fieldOf(kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key: "answer", kind, label: { pl: "Odpowiedź", en: "Answer" }, ...extra };
}

export type Verdict = { ok: true; value: unknown } | { ok: false; message: string; path: string };

export function check(field: FieldDefinition, raw: unknown, env: FormEnv = testEnv, answers: Answers = {}): Verdict {
  const result = kinds[field.kind].schema(field, env, answers).safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue?.message ?? "", path: issue?.path.map(String).join(".") ?? "" };
}
