import { localize } from "@/lib/forms/localize";
import { describedBy, inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

const parts = [
  { part: "street", pl: "Ulica", en: "Street", width: "max-w-xl", autocomplete: "address-line1" },
  { part: "building", pl: "Numer domu", en: "Building number", width: "max-w-[8rem]" },
  { part: "flat", pl: "Numer lokalu (jeśli jest)", en: "Flat number (if any)", width: "max-w-[8rem]" },
  { part: "postalCode", pl: "Kod pocztowy", en: "Postal code", width: "max-w-[8rem]", autocomplete: "postal-code", inputMode: "numeric" as const },
  { part: "city", pl: "Miejscowość", en: "Town or city", width: "max-w-md", autocomplete: "address-level2" },
];

export function AddressField({ field, locale, values, errors, register }: FieldWidgetProps) {
  const groupId = inputId(field.key);
  const hint = field.hint && localize(field.hint, locale);
  const anyError = parts.some(({ part }) => errors[`${field.key}.${part}`]);
  return (
    <div className={anyError ? "field-group-error mb-6" : "mb-6"}>
      <fieldset aria-describedby={hint ? `${groupId}-hint` : undefined}>
        <legend className="label text-lg">{localize(field.label, locale)}</legend>
        <FieldHint id={`${groupId}-hint`} text={hint} />
        {parts.map(({ part, pl, en, width, autocomplete, inputMode }) => {
          const name = `${field.key}.${part}`;
          const id = inputId(name);
          const error = errors[name];
          return (
            <div key={part} className="mb-3">
              <label className="block" htmlFor={id}>{locale === "pl" ? pl : en}</label>
              <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
              <input
                id={id}
                type="text"
                className={`input ${width}`}
                defaultValue={values[name] ?? ""}
                autoComplete={autocomplete}
                inputMode={inputMode}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(error && `${id}-error`)}
                {...register(name)}
              />
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
