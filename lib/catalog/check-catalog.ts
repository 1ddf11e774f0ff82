/**
 * Everything a service definition must satisfy, in one place: used by `npm run catalog -- --check`
 * (CI) and by the catalogue tests. Returns readable problems; an empty list means sound.
 */
import { checkFormDefinition } from "@/lib/forms/check-definition";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { kinds } from "@/lib/forms/kinds";
import type { FieldDefinition, FormEnv } from "@/lib/forms/types";
import { validateAnswers } from "@/lib/forms/validate";
import { findCategory } from "./categories";
import { findDepartmentTemplate } from "./departments";
import type { ServiceDefinition } from "./types";

const RESERVED_STEP_IDS = ["check", "sign"];

const env: FormEnv = { today: "2026-05-14", locale: "pl" };
const identity = { givenName: "Jan", familyName: "Kowalski", pesel: "44051401458", birthDate: "1944-05-14" };

function allFields(fields: FieldDefinition[]): FieldDefinition[] {
  return fields.flatMap((field) => [field, ...allFields(field.fields ?? [])]);
}

function checkExamples(service: ServiceDefinition): string[] {
  const problems: string[] = [];
  for (const field of allFields(service.form.steps.flatMap((step) => step.fields))) {
    const kind = kinds[field.kind];
    if (!kind) {
      problems.push(`field ${field.key}: unknown kind ${field.kind}`);
      continue;
    }
    if (!kind.hasValue || field.kind === "group") continue;
    const example = kind.example(field, env);
    if (!kind.schema(field, env, {}).safeParse(example).success) problems.push(`field ${field.key}: its kind's example fails its own schema`);
  }
  if (problems.length > 0) return problems;
  const verdict = validateAnswers(service.form, buildExampleAnswers(service.form, env, identity), env);
  if (!verdict.ok) problems.push(`the form filled from examples fails: ${Object.entries(verdict.fieldErrors).map(([k, v]) => `${k}: ${v}`).join("; ")}`);
  return problems;
}

export function checkService(service: ServiceDefinition): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(service.id)) problems.push("id must be kebab-case");
  if (service.version !== service.form.version) problems.push("version must equal form.version");
  if (!findCategory(service.category)) problems.push(`unknown category ${service.category}`);
  if (!findDepartmentTemplate(service.departmentCode)) problems.push(`unknown department ${service.departmentCode}`);
  if (!/^\d{1,4}$/.test(service.jrwaClass)) problems.push("jrwaClass must be 1–4 digits");
  if (!Number.isInteger(service.fee.amountGrosze) || service.fee.amountGrosze < 0) problems.push("fee must be whole grosze ≥ 0");
  if (service.whatYouNeed.length === 0) problems.push("whatYouNeed is empty");
  // /apply/<draft>/check and /apply/<draft>/sign are pages of their own, not steps.
  for (const step of service.form.steps) if (RESERVED_STEP_IDS.includes(step.id)) problems.push(`step id "${step.id}" is reserved`);
  // Unknown kinds first: the other checks look kinds up and would have nothing to go on.
  const unknown = allFields(service.form.steps.flatMap((step) => step.fields)).filter((field) => !kinds[field.kind]);
  if (unknown.length > 0) return [...problems, ...unknown.map((f) => `field ${f.key}: unknown kind ${f.kind}`)].map((p) => `${service.id}: ${p}`);
  problems.push(...checkFormDefinition(service.form));
  if (problems.length === 0) problems.push(...checkExamples(service));
  return problems.map((p) => `${service.id}: ${p}`);
}

export function checkCatalog(services: readonly ServiceDefinition[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.id)) problems.push(`${service.id}: duplicate id`);
    seen.add(service.id);
    problems.push(...checkService(service));
  }
  return problems;
}
