import { localize } from "@/lib/forms/localize";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

export function SelectField({ field, locale, values, errors, register, optionalNote }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = field.hint && localize(field.hint, locale);
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <label className="label" htmlFor={id}>{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</label>
      <FieldHint id={`${id}-hint`} text={hint} />
      <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
      <select
        id={id}
        className="input max-w-md"
        defaultValue={values[name] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        {...register(name)}
      >
        <option value="">{locale === "pl" ? "Wybierz…" : "Choose…"}</option>
        {(field.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>{localize(option.label, locale)}</option>
        ))}
      </select>
    </div>
  );
}
