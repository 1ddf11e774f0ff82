import { splitCheckedValues } from "@/lib/forms/checked-values";
import { localize } from "@/lib/forms/localize";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

/**
 * One checkbox per option, all named after the field (the browser sends each ticked value).
 * The first checkbox carries the id the error summary links to; saved values arrive comma-joined.
 */
export function CheckboxesField({ field, locale, values, errors, register, optionalNote }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = field.hint && localize(field.hint, locale);
  const checked = new Set(splitCheckedValues(values[name]));
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <fieldset aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className="label">{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</legend>
        <FieldHint id={`${id}-hint`} text={hint} />
        <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
        {(field.options ?? []).map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const optionHintId = `${optionId}-hint`;
          return (
            <div key={option.value} className="my-2 flex items-start gap-2">
              <input
                id={optionId}
                type="checkbox"
                value={option.value}
                defaultChecked={checked.has(option.value)}
                className="mt-0.5 h-6 w-6 shrink-0"
                aria-describedby={option.hint ? optionHintId : undefined}
                {...register(name)}
              />
              <div>
                <label htmlFor={optionId}>{localize(option.label, locale)}</label>
                {option.hint && <span id={optionHintId} className="hint">{localize(option.hint, locale)}</span>}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
