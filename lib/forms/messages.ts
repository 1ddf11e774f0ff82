/**
 * Error messages for one field: the definition's own wording when it has one, otherwise the
 * catalogue's, both filled with the field label and any extra parameters.
 */
import { translate, type MessageKey, type MessageParams } from "@/lib/i18n/translate";
import { localize } from "./localize";
import type { FieldDefinition, FieldErrorCode, FormEnv } from "./types";

export function fieldMessage(
  field: FieldDefinition,
  env: FormEnv,
  code: FieldErrorCode | null,
  key: MessageKey,
  extra: MessageParams = {},
): string {
  const params = { ...labelParams(field, env), ...extra };
  const override = code ? field.errors?.[code] : undefined;
  return override ? fillPlaceholders(localize(override, env.locale), params) : translate(env.locale, key, params);
}

export function labelParams(field: FieldDefinition, env: FormEnv): MessageParams {
  const label = localize(field.label, env.locale);
  return { label, labelLower: lowerFirst(label) };
}

/** "Data urodzenia" → "data urodzenia", but "PESEL" stays "PESEL" (an acronym). */
export function lowerFirst(text: string): string {
  const [first = "", second = ""] = [...text];
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

function fillPlaceholders(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
