/**
 * Attachments. The value (FileRef[]) is owned by the upload route (lib/files), never by the step's
 * form post: `parse` reads nothing and returns null, and parseStepInput must keep the draft's
 * stored value for this kind (see `keepsStoredValue`). Only clean files ever enter the list.
 */
import { z } from "zod";

import { translate } from "@/lib/i18n/translate";
import { fileRefsOf, isFileRef } from "@/lib/files/file-refs";
import { fileLimitsOf, formatFileSize } from "@/lib/files/limits";
import { plPlural } from "@/lib/files/messages";
import { labelParams } from "../messages";
import { localize } from "../localize";
import type { FieldDefinition, FieldErrorCode, FormEnv } from "../types";
import { defineKind } from "./define-kind";

/** parseStepInput: for these fields keep `answersSoFar[field.key]` instead of calling parse. */
export const keepsStoredValue = (field: FieldDefinition): boolean => field.kind === "file";

const fallback: Record<"required" | "tooMany" | "invalid", (env: FormEnv, p: Record<string, string | number>) => string> = {
  required: (env, p) => (env.locale === "en" ? `Attach a file: ${p.label}` : `Dołącz plik: ${p.label}`),
  tooMany: (env, p) =>
    env.locale === "en" ? `Attach at most ${p.max} file(s): ${p.label}` : `Możesz dołączyć najwyżej ${p.max} ${plPlural(Number(p.max))}: ${p.label}`,
  invalid: (env, p) => (env.locale === "en" ? `Attach the file again: ${p.label}` : `Dołącz plik ponownie: ${p.label}`),
};

function message(field: FieldDefinition, env: FormEnv, code: "required" | "tooMany" | "invalid", extra: Record<string, number> = {}): string {
  const params: Record<string, string | number> = { ...labelParams(field, env), ...extra };
  const override = field.errors?.[code as FieldErrorCode];
  const text = override ? localize(override, env.locale) : fallback[code](env, params);
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export const fileKind = defineKind({
  kind: "file",
  hasValue: true,
  schema: (field, env) => {
    const { maxFiles } = fileLimitsOf(field);
    const list = z
      .array(z.custom((v) => isFileRef(v), { message: message(field, env, "invalid") }), { error: message(field, env, "invalid") })
      .max(maxFiles, { message: message(field, env, "tooMany", { max: maxFiles }) });
    const checked = field.optional ? list : list.min(1, { message: message(field, env, "required") });
    // A field never uploaded to has no answer yet: null/undefined is "no files".
    return z.preprocess((v) => (v === null || v === undefined || v === "" ? [] : v), checked);
  },
  parse: () => null,
  summarize: (value, _field, env) => {
    const files = fileRefsOf(value);
    if (files.length === 0) return translate(env.locale, "forms.summary.notProvided");
    return files.map((f) => `${f.name} (${formatFileSize(f.size, env.locale)})`).join("; ");
  },
  example: () => [
    {
      id: "00000000-0000-4000-8000-000000000001",
      name: "skan-dokumentu.pdf",
      size: 245_760,
      sha256: "0".repeat(64),
      contentType: "application/pdf",
    },
  ],
  inputNames: (field) => [field.key],
});
