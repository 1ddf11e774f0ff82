import { localize } from "@/lib/forms/localize";
import { translate } from "@/lib/i18n/translate";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

const PARTS = ["from", "to"] as const;

/** Two labelled native date inputs (`key.from`, `key.to`) in a fieldset; each shows its own error. */
export function DateRangeField({ field, locale, values, errors, register, optionalNote }: FieldWidgetProps) {
  const groupId = inputId(field.key);
  const hint = field.hint && localize(field.hint, locale);
  const anyError = PARTS.some((part) => errors[`${field.key}.${part}`]);
  return (
    <div className={anyError ? "field-group-error mb-6" : "mb-6"}>
      <fieldset aria-describedby={hint ? `${groupId}-hint` : undefined}>
        <legend className="label">{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</legend>
        <FieldHint id={`${groupId}-hint`} text={hint} />
        <div className="flex flex-wrap gap-x-6">
          {PARTS.map((part) => {
            const name = `${field.key}.${part}`;
            const id = inputId(name);
            const error = errors[name];
            return (
              <div key={part} className="mb-3">
                <label className="block" htmlFor={id}>{translate(locale, `forms.dateRange.${part}`)}</label>
                <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
                <input
                  id={id}
                  type="date"
                  className="input max-w-[12rem]"
                  defaultValue={values[name] ?? ""}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${id}-error`)}
                  {...register(name)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
