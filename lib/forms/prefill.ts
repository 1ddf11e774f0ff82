/** Values from the verified identity; they always overwrite whatever the browser sent. */
import type { Answers, FormDefinition, IdentityPrefill, PrefillSource } from "./types";

const SOURCES: Record<PrefillSource, keyof IdentityPrefill> = {
  "identity.givenName": "givenName",
  "identity.familyName": "familyName",
  "identity.pesel": "pesel",
  "identity.birthDate": "birthDate",
};

export function applyPrefill(def: FormDefinition, answers: Answers, identity: IdentityPrefill): Answers {
  const filled: Answers = { ...answers };
  for (const step of def.steps) {
    for (const field of step.fields) {
      if (field.prefill) filled[field.key] = identity[SOURCES[field.prefill]];
    }
  }
  return filled;
}
