import type { HTMLInputTypeAttribute } from "react";

import { localize } from "@/lib/forms/localize";
import type { FieldKind } from "@/lib/forms/types";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

type InputConfig = {
  type: HTMLInputTypeAttribute;
  inputMode?: "numeric" | "decimal" | "tel" | "email" | "text";
  width: string;
  /** Identifiers: upper-case keyboards, no spelling marks. */
  autoCapitalize?: "characters";
  spellCheck?: false;
  /** Unit after the input (e.g. "zł"), read out through aria-describedby. */
  suffix?: string;
};

// None of these has a WCAG 1.3.5 autocomplete token; a definition may still set `autocomplete`.
const identifier = { type: "text", spellCheck: false } as const;
const code = { ...identifier, inputMode: "text", autoCapitalize: "characters" } as const;

const inputTypes: Partial<Record<FieldKind, InputConfig>> = {
  email: { type: "email", inputMode: "email", width: "max-w-md" },
  phone: { type: "tel", inputMode: "tel", width: "max-w-[14rem]" },
  pesel: { type: "text", inputMode: "numeric", width: "max-w-[12rem]" },
  "postal-code": { type: "text", inputMode: "numeric", width: "max-w-[8rem]" },
  date: { type: "date", width: "max-w-[12rem]" },
  // type="text" with a numeric keyboard, as GOV.UK advises: type="number" mangles typed values.
  integer: { type: "text", inputMode: "numeric", width: "max-w-[10rem]", spellCheck: false },
  decimal: { type: "text", inputMode: "decimal", width: "max-w-[12rem]", spellCheck: false },
  money: { type: "text", inputMode: "decimal", width: "max-w-[12rem]", spellCheck: false, suffix: "zł" },
  nip: { ...identifier, inputMode: "numeric", width: "max-w-[12rem]" },
  regon: { ...identifier, inputMode: "numeric", width: "max-w-[14rem]" },
  krs: { ...identifier, inputMode: "numeric", width: "max-w-[10rem]" },
  "bank-account": { ...identifier, inputMode: "text", width: "max-w-md" },
  "land-register": { ...code, width: "max-w-[14rem]" },
  "id-card": { ...code, width: "max-w-[10rem]" },
  vin: { ...code, width: "max-w-[16rem]" },
  "vehicle-registration": { ...code, width: "max-w-[10rem]" },
  "parcel-id": { ...code, width: "max-w-xs" },
};

export function TextInputField({ field, locale, values, errors, register, readOnlyNote, optionalNote }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = readOnlyNote ?? (field.hint && localize(field.hint, locale));
  const config: InputConfig = inputTypes[field.kind] ?? { type: "text", width: "max-w-xl" };
  const input = (
    <input
      id={id}
      type={config.type}
      inputMode={config.inputMode}
      className={`input ${config.width}`}
      defaultValue={values[name] ?? ""}
      readOnly={!!readOnlyNote}
      autoComplete={field.autocomplete}
      autoCapitalize={config.autoCapitalize}
      spellCheck={config.spellCheck}
      maxLength={field.maxLength}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`, config.suffix && `${id}-suffix`)}
      {...register(name)}
    />
  );
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <label className="label" htmlFor={id}>{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</label>
      <FieldHint id={`${id}-hint`} text={hint} />
      <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
      {config.suffix ? (
        <div className="flex items-center gap-2">
          {input}
          <span id={`${id}-suffix`}>{config.suffix}</span>
        </div>
      ) : (
        input
      )}
    </div>
  );
}
