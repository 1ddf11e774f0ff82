/**
 * When a service's form changes under a saved draft: keep every answer that is still declared,
 * visible and valid under the new definition; drop the rest, so those steps are asked again.
 */
import { kinds } from "./kinds";
import type { Answers, FormDefinition, FormEnv } from "./types";
import { visibleAnswers, visibleLayout } from "./visibility";

export function keepValidAnswers(def: FormDefinition, answers: Answers, env: FormEnv): Answers {
  const visible = visibleAnswers(def, answers);
  const kept: Answers = {};
  for (const { fields } of visibleLayout(def, visible)) {
    for (const field of fields) {
      if (!(field.key in visible)) continue;
      const verdict = kinds[field.kind].schema(field, env, visible).safeParse(visible[field.key]);
      if (verdict.success) kept[field.key] = visible[field.key] ?? null;
    }
  }
  return kept;
}
