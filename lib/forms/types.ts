/**
 * Service form definitions: plain, JSON-serializable data. Everything else (zod schemas, steps,
 * check-your-answers rows, the office view, the stored snapshot) is derived from them.
 */
import type { Locale } from "@/lib/i18n/locales";

/** Text shown to people, in every supported language (Polish is required). */
export type LocalizedText = { pl: string; en?: string };

export type FieldKind =
  | "text"
  | "long-text"
  | "email"
  | "phone"
  | "date"
  | "postal-code"
  | "address"
  | "pesel"
  | "radio"
  | "select"
  | "yes-no"
  | "consent"
  | "info";

/** Declarative condition on an earlier answer; JSON only, no functions. */
export type Condition =
  | { field: string; equals: string | boolean }
  | { field: string; notEquals: string | boolean }
  | { field: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] };

export type ChoiceOption = { value: string; label: LocalizedText; hint?: LocalizedText };

/** Values the portal fills in from the signed-in person's verified identity. */
export type PrefillSource = "identity.givenName" | "identity.familyName" | "identity.pesel" | "identity.birthDate";

/**
 * Inclusive date bounds, resolved against FormEnv.today (Europe/Warsaw), a fixed ISO date, or an
 * earlier date field's answer shifted by whole days and/or calendar months (e.g. "start + 36 months").
 */
export type DateBound =
  | "today"
  | { daysFromToday: number }
  | { date: string }
  | { field: string; offsetDays?: number; offsetMonths?: number };

/** Error situations a field definition may word more precisely than the kind's default message. */
export type FieldErrorCode = "required" | "invalid" | "tooLong" | "tooEarly" | "tooLate";

export type FieldDefinition = {
  key: string;
  kind: FieldKind;
  label: LocalizedText;
  /** Help under the label; for an `info` field, the body text shown under the label as a heading. */
  hint?: LocalizedText;
  optional?: boolean;
  /** Optional only while this condition holds (e.g. a document description optional for owners). */
  optionalIf?: Condition;
  showIf?: Condition;
  /** Filled from identity and shown read-only; the server re-applies it, never trusting the browser. */
  prefill?: PrefillSource;
  /** choice kinds */
  options?: ChoiceOption[];
  /** text kinds */
  maxLength?: number;
  /** date: inclusive bounds */
  min?: DateBound;
  max?: DateBound;
  /** autocomplete token for the browser (WCAG 1.3.5) */
  autocomplete?: string;
  /** Field-specific wording; may use {label}, {date} and {max} like the catalogue messages. */
  errors?: Partial<Record<FieldErrorCode, LocalizedText>>;
};

export type StepDefinition = {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  showIf?: Condition;
  fields: FieldDefinition[];
};

export type FormDefinition = {
  /** Bumped whenever steps or fields change; drafts and cases are pinned to it. */
  version: number;
  steps: StepDefinition[];
};

export type AddressValue = {
  street: string;
  building: string;
  flat: string;
  postalCode: string;
  city: string;
};

export type AnswerValue = string | boolean | AddressValue | null;
export type Answers = Record<string, AnswerValue>;

/** Verified identity used for prefill. */
export type IdentityPrefill = { givenName: string; familyName: string; pesel: string; birthDate: string };

export type FormEnv = {
  /** Today's date in Europe/Warsaw, YYYY-MM-DD: client and server reach the same verdict. */
  today: string;
  locale: Locale;
};

/** Reads a raw value by input name, from FormData on the server or the live form in the browser. */
export type FieldReader = (name: string) => string | null;

export type SummaryRow = { key: string; label: string; value: string };
export type SummarySection = { stepId: string; title: string; rows: SummaryRow[] };
