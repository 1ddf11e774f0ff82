import type { UseFormRegister } from "react-hook-form";

import type { Answers, FieldDefinition } from "@/lib/forms/types";
import type { Locale } from "@/lib/i18n/locales";

export { inputIdFor as inputId } from "@/lib/forms/validate";

export type FieldWidgetProps = {
  field: FieldDefinition;
  locale: Locale;
  /** Raw input values by input name (saved answers or what was just submitted). */
  values: Record<string, string>;
  /** First error message by input name. */
  errors: Record<string, string>;
  register: UseFormRegister<Record<string, unknown>>;
  /** Prefilled from the verified identity: shown read-only. */
  readOnlyNote?: string;
  /** Shown as "(opcjonalnie)" after the label. */
  optionalNote?: string;
  /**
   * The visible answers as they stand (saved, posted or live in the browser), with computed
   * values; a group uses them for its items' conditions. Inside a group item, the item's own
   * answers come first.
   */
  answers?: Answers;
};

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(" ");
  return list === "" ? undefined : list;
}
