import { localize } from "@/lib/forms/localize";
import type { FieldWidgetProps } from "./field-props";

export function InfoField({ field, locale }: FieldWidgetProps) {
  return (
    <div className="mb-6 border-l-4 border-[var(--color-line)] bg-[#f3f2f1] p-4">
      <h2 className="!mt-0 !text-lg">{localize(field.label, locale)}</h2>
      {field.hint && localize(field.hint, locale).split("\n").map((line, i) => <p key={i} className="!mb-2">{line}</p>)}
    </div>
  );
}
