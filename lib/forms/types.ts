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
  | "info"
  | "integer"
  | "decimal"
  | "money"
  | "checkboxes"
  | "nip"
  | "regon"
  | "krs"
  | "land-register"
  | "bank-account"
  | "id-card"
  | "vin"
  | "vehicle-registration"
  | "parcel-id"
  | "date-range"
  /** Repeatable group ("add another"): co-owners, vehicles, properties. */
  | "group"
  /** Read-only value computed from other answers by a declarative expression (fees, taxes). */
  | "computed"
  /** Attachments, uploaded outside the form post and referenced by id. */
  | "file";

/**
 * Declarative condition on an earlier answer; JSON only, no functions. On a checkboxes answer (a
 * list), `equals` means "this value is ticked", `notEquals` "it is not", `in` "any of them is".
 */
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
export type FieldErrorCode =
  | "required"
  | "invalid"
  | "tooLong"
  | "tooEarly"
  | "tooLate"
  | "tooSmall"
  | "tooLarge"
  | "tooFew"
  | "tooMany"
  | "endBeforeStart";

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
  /** date, date-range: inclusive bounds (for a range they apply to both dates) */
  min?: DateBound;
  max?: DateBound;
  /**
   * integer, decimal, money: inclusive bounds in the unit the person types (złoty for money, so
   * `minValue: 17` means 17,00 zł). Money without `minValue` rejects negative amounts.
   */
  minValue?: number;
  maxValue?: number;
  /** decimal: at most this many digits after the decimal separator (default 10). */
  decimals?: number;
  /** checkboxes: how many options must / may be ticked (required alone means at least one). */
  minSelected?: number;
  maxSelected?: number;
  /** vin: also verify the ISO 3779 check digit (9th character); many European VINs do not use it. */
  vinCheckDigit?: boolean;
  /** autocomplete token for the browser (WCAG 1.3.5) */
  autocomplete?: string;
  /** Field-specific wording; may use {label}, {date}, {min} and {max} like the catalogue messages. */
  errors?: Partial<Record<FieldErrorCode, LocalizedText>>;
  /**
   * group: the fields of one item (no nested groups). Inside an item, `showIf` and expression
   * `field` references resolve against the item's own answers first, then the whole form's.
   */
  fields?: FieldDefinition[];
  /** group: heading of one item, with {n} for its number, e.g. "Pojazd {n}". */
  itemLabel?: LocalizedText;
  /** group: how many items (required alone means at least one). */
  minItems?: number;
  maxItems?: number;
  /** computed: how the value is derived; recomputed on the server, never taken from the browser. */
  expression?: Expression;
  /** computed: how the value is shown (money values are integer grosze). */
  format?: "money" | "integer" | "decimal";
  /** file: allowed types, checked by content (magic bytes), not by name. */
  accept?: FileTypeId[];
  /** file: limit per file in megabytes (default 10). */
  maxSizeMb?: number;
  /** file: how many files (default 1; required alone means at least one). */
  maxFiles?: number;
};

/** File types an attachment field may accept (archives are not accepted at all). */
export type FileTypeId = "pdf" | "jpg" | "png" | "tiff" | "docx" | "odt" | "xml" | "txt";

/**
 * Declarative arithmetic, JSON only. Money answers and results are integer grosze; `round` to
 * "zloty" follows the tax ordinance (art. 63: below 50 gr down, from 50 gr up).
 */
export type Expression =
  | { const: number }
  | { field: string }
  | { sum: Expression[] }
  | { product: Expression[] }
  | { subtract: [Expression, Expression] }
  | { divide: [Expression, Expression] }
  | { min: Expression[] }
  | { max: Expression[] }
  | { round: Expression; unit: "grosz" | "zloty" }
  /** Sum of `of` evaluated for every item of a group. */
  | { sumOver: string; of: Expression }
  /** Number of items in a group. */
  | { count: string };

/** Named cross-field rules of a step, checked after the fields themselves. */
export type FormRule =
  | { kind: "dateAfter"; field: string; after: string; message?: LocalizedText }
  | { kind: "atLeastOne"; fields: string[]; message?: LocalizedText }
  | { kind: "sumEquals"; fields: string[]; total: number | { field: string }; message?: LocalizedText };

export type StepDefinition = {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  showIf?: Condition;
  fields: FieldDefinition[];
  rules?: FormRule[];
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

/** date-range: two ISO dates, `to` on or after `from`. */
export type DateRangeValue = { from: string; to: string };

/**
 * A stored answer: text kinds and decimal (canonical "12.5") are strings, integer and money
 * (grosze) numbers, checkboxes the ticked option values in definition order.
 */
/** A stored attachment: the content lives in file storage under `id`. */
export type FileRef = { id: string; name: string; size: number; sha256: string; contentType: string };

/** One item of a repeatable group. */
export type GroupItem = { [key: string]: AnswerValue };

export type AnswerValue = string | number | boolean | string[] | AddressValue | DateRangeValue | FileRef[] | GroupItem[] | null;
export type Answers = Record<string, AnswerValue>;

/** Verified identity used for prefill. */
export type IdentityPrefill = { givenName: string; familyName: string; pesel: string; birthDate: string };

export type FormEnv = {
  /** Today's date in Europe/Warsaw, YYYY-MM-DD: client and server reach the same verdict. */
  today: string;
  locale: Locale;
};

/**
 * Reads a raw value by input name, from FormData on the server or the live form in the browser.
 * `readAll` gives every value sent under one name (checkboxes); a reader without it is read with
 * `readAllValues` in parse.ts, which splits the single value on commas.
 */
export type FieldReader = ((name: string) => string | null) & { readAll?: (name: string) => string[] };

export type SummaryRow = { key: string; label: string; value: string };
export type SummarySection = { stepId: string; title: string; rows: SummaryRow[] };
