/** Moving through a form: only visible steps count, and after the last one comes the check page. */
import { getStep } from "./steps";
import type { Answers, FormDefinition, FormEnv } from "./types";
import { validateAnswers } from "./validate";
import { visibleSteps } from "./visibility";

export function firstStepId(def: FormDefinition, answers: Answers = {}): string {
  const first = visibleSteps(def, answers)[0] ?? def.steps[0];
  if (!first) throw new Error("A form needs at least one step");
  return first.id;
}

/** The next visible step after `stepId`, or null when the check page comes next. */
export function nextStepId(def: FormDefinition, stepId: string, answers: Answers): string | null {
  const position = positionOf(def, stepId);
  return visibleSteps(def, answers).find((step) => positionOf(def, step.id) > position)?.id ?? null;
}

/** The previous visible step, or null on the first one. */
export function previousStepId(def: FormDefinition, stepId: string, answers: Answers): string | null {
  const position = positionOf(def, stepId);
  return visibleSteps(def, answers).findLast((step) => positionOf(def, step.id) < position)?.id ?? null;
}

/** The first visible step with a missing or invalid answer; null when the form is complete. */
export function firstInvalidStepId(def: FormDefinition, answers: Answers, env: FormEnv): string | null {
  const verdict = validateAnswers(def, answers, env);
  return verdict.ok ? null : verdict.stepId;
}

/** "Step 2 of 5", counting visible steps only (1-based). */
export function stepProgress(def: FormDefinition, stepId: string, answers: Answers): { index: number; total: number } {
  const position = positionOf(def, stepId);
  const steps = visibleSteps(def, answers);
  const index = steps.filter((step) => positionOf(def, step.id) <= position).length;
  return { index: Math.max(index, 1), total: Math.max(steps.length, 1) };
}

function positionOf(def: FormDefinition, stepId: string): number {
  return def.steps.indexOf(getStep(def, stepId));
}
