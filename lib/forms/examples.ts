/**
 * A complete, valid set of answers built from each kind's example (tests, demo data, e2e fill).
 * Fields hidden by other examples get a value too; validation and summaries ignore those.
 */
import { kinds } from "./kinds";
import { applyPrefill } from "./prefill";
import type { Answers, FormDefinition, FormEnv, IdentityPrefill } from "./types";

export function buildExampleAnswers(def: FormDefinition, env: FormEnv, identity?: IdentityPrefill): Answers {
  const answers: Answers = {};
  for (const step of def.steps) {
    for (const field of step.fields) {
      if (kinds[field.kind].hasValue) answers[field.key] = kinds[field.kind].example(field, env);
    }
  }
  return identity ? applyPrefill(def, answers, identity) : answers;
}
