import { localize } from "@/lib/forms/localize";
import type { ChoiceOption } from "@/lib/forms/types";
import { translate } from "@/lib/i18n/translate";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

/** Radios for `radio` and `yes-no` fields; the first radio carries the id the error summary links to. */
export function ChoiceField({ field, locale, values, errors, register, optionalNote }: FieldWidgetProps) {
  const name = field.key;
  const id = inputId(name);
  const error = errors[name];
  const hint = field.hint && localize(field.hint, locale);
  const options: ChoiceOption[] =
    field.kind === "yes-no"
      ? [
          { value: "yes", label: { pl: translate(locale, "common.yes") } },
          { value: "no", label: { pl: translate(locale, "common.no") } },
        ]
      : (field.options ?? []);
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <fieldset aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
        <legend className="label">{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</legend>
        <FieldHint id={`${id}-hint`} text={hint} />
        <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
        <div className={field.kind === "yes-no" ? "flex gap-6" : ""}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div key={option.value} className="my-2 flex items-start gap-2">
                <input
                  id={optionId}
                  type="radio"
                  value={option.value}
                  defaultChecked={values[name] === option.value}
                  className="mt-0.5 h-6 w-6 shrink-0"
                  {...register(name)}
                />
                <label htmlFor={optionId}>
                  {localize(option.label, locale)}
                  {option.hint && <span className="hint">{localize(option.hint, locale)}</span>}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
