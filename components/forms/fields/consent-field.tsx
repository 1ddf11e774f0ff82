import { localize } from "@/lib/forms/localize";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

export function ConsentField({ field, locale, values, errors, register }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = field.hint && localize(field.hint, locale);
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          value="yes"
          defaultChecked={values[name] === "yes"}
          className="mt-0.5 h-6 w-6 shrink-0"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          {...register(name)}
        />
        <label htmlFor={id} className="font-bold">{localize(field.label, locale)}</label>
      </div>
      <FieldHint id={`${id}-hint`} text={hint} />
    </div>
  );
}
