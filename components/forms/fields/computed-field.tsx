import { formatComputed } from "@/lib/forms/kinds/computed";
import { localize } from "@/lib/forms/localize";
import { inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

/**
 * A computed value (a fee, a tax), shown read-only. It has no input, so nothing is posted; the
 * server computes it again. The step form passes the value computed from the answers as they
 * stand (`values[key]`, the number as text), re-parsed on every change when JavaScript runs.
 */
export function ComputedField({ field, locale, values, errors }: FieldWidgetProps) {
  const id = inputId(field.key);
  const raw = values[field.key];
  const value = raw === undefined || raw === "" ? null : Number(raw);
  const hint = field.hint && localize(field.hint, locale);
  const error = errors[field.key];
  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <span className="label" id={`${id}-label`}>{localize(field.label, locale)}</span>
      <FieldHint id={`${id}-hint`} text={hint} />
      <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
      <output
        id={id}
        tabIndex={-1}
        aria-live="polite"
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="block text-xl font-bold"
      >
        {formatComputed(value, field, locale)}
      </output>
    </div>
  );
}
