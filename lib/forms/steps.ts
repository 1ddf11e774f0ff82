import type { FormDefinition, StepDefinition } from "./types";

export function findStep(def: FormDefinition, stepId: string): StepDefinition | null {
  return def.steps.find((step) => step.id === stepId) ?? null;
}

/** Callers check the step id from the URL first (answering 404); reaching here is a bug. */
export function getStep(def: FormDefinition, stepId: string): StepDefinition {
  const step = findStep(def, stepId);
  if (!step) throw new Error(`Unknown form step: ${stepId}`);
  return step;
}
