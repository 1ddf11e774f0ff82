/**
 * The zod schema of a step or a whole form, built from the definition and the answers so far:
 * only visible fields that carry a value, strict so an undeclared key fails. Client (react-hook-form
 * resolver) and server (save, submit) call the same functions.
 */
import { z } from "zod";
import { kinds } from "./kinds";
import { getStep } from "./steps";
import type { Answers, FieldDefinition, FormDefinition, FormEnv } from "./types";
import { isFieldOptional, visibleAnswers, visibleLayout } from "./visibility";

export function buildStepSchema(
  def: FormDefinition,
  stepId: string,
  answers: Answers,
  env: FormEnv,
): z.ZodType<Answers> {
  getStep(def, stepId);
  const visible = visibleLayout(def, answers).find(({ step }) => step.id === stepId);
  return schemaOf(visible?.fields ?? [], visibleAnswers(def, answers), env);
}

export function buildFormSchema(def: FormDefinition, answers: Answers, env: FormEnv): z.ZodType<Answers> {
  const fields = visibleLayout(def, answers).flatMap((step) => step.fields);
  return schemaOf(fields, visibleAnswers(def, answers), env);
}

/** The visible fields of a step that take an answer (info fields excluded). */
export function answerableFields(def: FormDefinition, stepId: string, answers: Answers): FieldDefinition[] {
  const visible = visibleLayout(def, answers).find(({ step }) => step.id === stepId);
  return (visible?.fields ?? []).filter((field) => kinds[field.kind].hasValue);
}

function schemaOf(fields: FieldDefinition[], answers: Answers, env: FormEnv): z.ZodType<Answers> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const kind = kinds[field.kind];
    if (!kind.hasValue) continue;
    const effective = isFieldOptional(field, answers) ? { ...field, optional: true } : field;
    shape[field.key] = kind.schema(effective, env, answers);
  }
  return asAnswersSchema(z.strictObject(shape));
}

/** Each kind's schema yields an AnswerValue, which zod cannot see through the shape record. */
function asAnswersSchema(schema: z.ZodType): z.ZodType<Answers> {
  return schema as z.ZodType<Answers>;
}
