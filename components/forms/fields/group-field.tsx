"use client";

import { useSyncExternalStore } from "react";

import { itemContext } from "@/lib/forms/conditions";
import { INTENT_INPUT } from "@/lib/forms/group-intent";
import {
  childInItem,
  isChildOptional,
  isGroupItem,
  itemLabelOf,
  maxItemsOf,
  minItemsOf,
  visibleItemFields,
} from "@/lib/forms/kinds/group";
import { localize } from "@/lib/forms/localize";
import type { FieldDefinition, GroupItem } from "@/lib/forms/types";
import { translate } from "@/lib/i18n/translate";
import { fieldWidgets } from "../field-widgets";
import { inputId, type FieldWidgetProps } from "./field-props";
import { FieldError, FieldHint } from "./field-message";

const subscribeNothing = () => () => {};

/**
 * A repeatable group: one fieldset per item (legend from `itemLabel`), its children rendered by
 * their own widgets under the item's input names (`owners.0.pesel`), a hidden `owners.count`,
 * and submit buttons named `$intent` to remove an item or add another, which work without
 * JavaScript (the server saves the step as posted and shows it again). No "Usuń" at `minItems`,
 * no "Dodaj kolejny" at `maxItems`.
 */
export function GroupField(props: FieldWidgetProps) {
  const { field, locale, errors, optionalNote, answers = {} } = props;
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const id = inputId(field.key);
  const hint = field.hint && localize(field.hint, locale);
  const error = errors[field.key];
  const stored = answers[field.key];
  const items: GroupItem[] = Array.isArray(stored) ? stored.filter(isGroupItem) : [];
  const count = Math.min(Math.max(items.length, minItemsOf(field)), maxItemsOf(field));
  const canRemove = count > minItemsOf(field);
  const canAdd = count < maxItemsOf(field);
  const childOptionalNote = translate(locale, "applications.optional");

  // Without JavaScript a child whose condition depends on its own item is always shown; the
  // server ignores the answers its condition hides (as the step form does for whole fields).
  const dependsOnItem = (child: FieldDefinition) =>
    !!child.showIf && (field.fields ?? []).some((other) => JSON.stringify(child.showIf).includes(`"${other.key}"`));

  return (
    <div className={error ? "field-group-error mb-6" : "mb-6"}>
      <fieldset id={id} tabIndex={-1} aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className="label text-lg">{localize(field.label, locale)}{optionalNote ? ` ${optionalNote}` : ""}</legend>
        <FieldHint id={`${id}-hint`} text={hint} />
        <FieldError id={`${id}-error`} text={error} prefix={locale === "pl" ? "Błąd:" : "Error:"} />
        <input type="hidden" name={`${field.key}.count`} value={count} />
        {Array.from({ length: count }, (_, index) => {
          const item = items[index] ?? {};
          const context = itemContext(answers, item);
          const visible = new Set(visibleItemFields(field, item, answers).map((child) => child.key));
          const label = itemLabelOf(field, index, locale);
          const itemId = inputId(`${field.key}.${index}`);
          return (
            <fieldset key={index} id={itemId} tabIndex={-1} className="mb-4 border-l-4 border-[var(--color-line)] pl-4">
              <legend className="label">{label}</legend>
              {(field.fields ?? [])
                .filter((child) => visible.has(child.key) || (!hydrated && dependsOnItem(child)))
                .map((child) => {
                  const Widget = fieldWidgets[child.kind];
                  const named = childInItem(field, index, child);
                  return (
                    <Widget
                      key={child.key}
                      {...props}
                      field={named}
                      answers={context}
                      readOnlyNote={undefined}
                      optionalNote={isChildOptional(child, item, answers) ? childOptionalNote : undefined}
                    />
                  );
                })}
              {canRemove && (
                <button type="submit" name={INTENT_INPUT} value={`remove:${field.key}:${index}`} className="btn btn-secondary">
                  {translate(locale, "forms.group.remove")}
                  <span className="sr-only"> {label}</span>
                </button>
              )}
            </fieldset>
          );
        })}
        {canAdd && (
          <button type="submit" name={INTENT_INPUT} value={`add:${field.key}`} className="btn btn-secondary">
            {translate(locale, "forms.group.add")}
            {field.itemLabel ? <span className="sr-only">: {localize(field.label, locale)}</span> : null}
          </button>
        )}
      </fieldset>
    </div>
  );
}
