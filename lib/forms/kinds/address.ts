import { z } from "zod";
import { translate, type MessageKey } from "@/lib/i18n/translate";
import { defineKind, normalizeLine, summarizeText } from "./define-kind";
import { formatAddressLine } from "../format-address";
import { fieldMessage } from "../messages";
import type { AddressValue, FieldDefinition, FieldReader, FormEnv } from "../types";
import { isValidPostalCode, normalizePostalCode } from "../validators/postal-code";

export const ADDRESS_PARTS = ["street", "building", "flat", "postalCode", "city"] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

const MAX_LENGTH: Record<AddressPart, number> = { street: 100, building: 20, flat: 20, postalCode: 20, city: 100 };
const REQUIRED_MESSAGE: Record<AddressPart, MessageKey | null> = {
  street: "forms.errors.streetRequired",
  building: "forms.errors.buildingRequired",
  flat: null,
  postalCode: "forms.errors.postalCodeRequired",
  city: "forms.errors.cityRequired",
};

function normalizePart(part: AddressPart, raw: unknown): string {
  const line = normalizeLine(raw);
  if (typeof line !== "string") return "";
  return part === "postalCode" ? normalizePostalCode(line) : line;
}

/** Any shape in (raw FormData reads, browser values, stored answers) → all five parts, or null. */
function normalizeAddress(value: unknown, optional: boolean): unknown {
  if (value !== null && value !== undefined && typeof value !== "object") return value;
  const source = (value ?? {}) as Partial<Record<AddressPart, unknown>>;
  const address = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, normalizePart(part, source[part])]));
  return optional && Object.values(address).every((part) => part === "") ? null : address;
}

function partProblem(part: AddressPart, value: string, field: FieldDefinition, env: FormEnv): string | null {
  const requiredKey = REQUIRED_MESSAGE[part];
  if (value === "") return requiredKey ? translate(env.locale, requiredKey) : null;
  if (value.length > MAX_LENGTH[part]) {
    const label = translate(env.locale, `forms.address.${part}`);
    return translate(env.locale, "forms.errors.tooLong", { label, max: MAX_LENGTH[part] });
  }
  if (part === "postalCode" && !isValidPostalCode(value)) {
    return fieldMessage(field, env, null, "forms.errors.postalCodeInvalid");
  }
  return null;
}

function partSchema(part: AddressPart, field: FieldDefinition, env: FormEnv): z.ZodType {
  return z.string().superRefine((value, ctx) => {
    const problem = partProblem(part, value, field, env);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

function readAddress(read: FieldReader, field: FieldDefinition): AddressValue | null {
  const raw = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, read(`${field.key}.${part}`)]));
  return normalizeAddress(raw, field.optional === true) as AddressValue | null;
}

export const addressKind = defineKind({
  kind: "address",
  hasValue: true,
  schema: (field, env) => {
    const shape = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, partSchema(part, field, env)]));
    const object = z.strictObject(shape, { error: fieldMessage(field, env, "required", "forms.errors.required") });
    const normalize = (value: unknown) => normalizeAddress(value, field.optional === true);
    return z.preprocess(normalize, field.optional ? object.nullable() : object);
  },
  parse: readAddress,
  summarize: (value, _field, env) =>
    value !== null && typeof value === "object" && "street" in value
      ? formatAddressLine(value, env.locale)
      : summarizeText(value, env),
  example: () => ({ street: "Zwycięstwa", building: "21", flat: "3", postalCode: "44-100", city: "Gliwice" }),
  inputNames: (field) => ADDRESS_PARTS.map((part) => `${field.key}.${part}`),
});
