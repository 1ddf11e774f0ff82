/** A service in the catalogue: start-page facts, routing to a department, and its form. Data only. */
import type { FormDefinition, LocalizedText } from "@/lib/forms/types";

export type ServiceDeadline =
  | { kind: "immediately" }
  | { kind: "days"; days: number }
  | { kind: "months"; months: number };

export type ServiceDefinition = {
  /** kebab-case and permanent: it is in URLs and in stored cases. */
  id: string;
  /** Always equal to form.version (checked by the catalogue tests). */
  version: number;
  /** Catalogue category id, e.g. "residence-and-identity". */
  category: string;
  name: LocalizedText;
  summary: LocalizedText;
  whoCanApply: LocalizedText;
  whatYouNeed: LocalizedText[];
  /** Integer grosze; 0 when free. */
  fee: { amountGrosze: number; note?: LocalizedText };
  /** Statutory time the office has to settle the case. */
  deadline: ServiceDeadline;
  deadlineNote?: LocalizedText;
  legalBasis: LocalizedText;
  /** Department that handles the case, e.g. "so" (civil affairs: wydział spraw obywatelskich). */
  departmentCode: string;
  /** Class of the uniform list of files (JRWA) the case is filed under, e.g. "5341". */
  jrwaClass: string;
  /** Extra search words (synonyms, colloquial names), Polish; search ignores case and diacritics. */
  keywords?: string[];
  form: FormDefinition;
};

/** Identity helper: type-checks a service file without widening its literal data. */
export function defineService<T extends ServiceDefinition>(def: T): T {
  return def;
}
