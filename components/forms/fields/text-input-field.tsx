import type { HTMLInputTypeAttribute } from "react";

import { localize } from "@/lib/forms/localize";
import type { FieldKind } from "@/lib/forms/types";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

const inputTypes: Partial<Record<FieldKind, { type: HTMLInputTypeAttribute; inputMode?: "numeric" | "tel" | "email"; width: string }>> = {
  email: { type: "email", inputMode: "email", width: "max-w-md" },
  phone: { type: "tel", inputMode: "tel", width: "max-w-[14rem]" },
  pesel: { type: "text", inputMode: "numeric", width: "max-w-[12rem]" },
  "postal-code": { type: "text", inputMode: "numeric", width: "max-w-[8rem]" },
  date: { type: "date", width: "max-w-[12rem]" },
};

export function TextInputField({ field, locale, values, errors, register, readOnlyNote, optionalNote }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = readOnlyNote ?? (field.hint && localize(field.hint, locale));
  const config = inputTypes[field.kind] ?? { type: "text", width: "max-w-xl" };
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <label className="label" htmlFor={id}>{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</label>
      <FieldHint id={`${id}-hint`} text={hint} />
      <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
      <input
        id={id}
        type={config.type}
        inputMode={config.inputMode}
        className={`input ${config.width}`}
        defaultValue={values[name] ?? ""}
        readOnly={!!readOnlyNote}
        autoComplete={field.autocomplete}
        maxLength={field.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        {...register(name)}
      />
    </div>
  );
}
