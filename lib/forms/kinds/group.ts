/**
 * A repeatable group ("add another"): co-owners, vehicles, properties. Stored as `GroupItem[]`.
 *
 * Input names: `${key}.${index}.${childInput}`, where `childInput` is the child kind's own input
 * name (so `owners.0.pesel`, `owners.0.address.street`), plus a hidden `${key}.count` holding how
 * many items the page showed, so an item left empty (or holding only unticked boxes) is kept while
 * the person is still filling it in. Inside an item, a child's `showIf` / `optionalIf` resolve
 * against the item's own answers first, then the whole form's.
 *
 * The child kinds come from the registry through `lookup` (see index.ts), so this module does not
 * import the registry that imports it.
 */
import { z } from "zod";
import { translate } from "@/lib/i18n/translate";
import { defineKind, type KindModule } from "./define-kind";
import { isConditionMet, itemContext } from "../conditions";
import { localize } from "../localize";
import { fieldMessage } from "../messages";
import type { Answers, AnswerValue, FieldDefinition, FieldKind, FieldReader, FormEnv, GroupItem } from "../types";
import type { Locale } from "@/lib/i18n/locales";

type Lookup = (kind: FieldKind) => KindModule;

/** However the count input is tampered with, no more items than this are ever read. */
export const MAX_GROUP_ITEMS = 100;

/** Fewest items: `minItems`, else one when required and none when optional. */
export function minItemsOf(field: FieldDefinition): number {
  return field.minItems ?? (field.optional ? 0 : 1);
}

/** Most items the form accepts (and reads). */
export function maxItemsOf(field: FieldDefinition): number {
  return Math.min(field.maxItems ?? MAX_GROUP_ITEMS, MAX_GROUP_ITEMS);
}

/** "Pojazd 2": the item label with {n} filled in (1-based); without one, the group label and n. */
export function itemLabelOf(field: FieldDefinition, index: number, locale: Locale): string {
  const n = String(index + 1);
  if (field.itemLabel) return localize(field.itemLabel, locale).replace(/\{n\}/g, n);
  return `${localize(field.label, locale)} ${n}`;
}

/** The input-name prefix of one item: `owners.1.`. */
export function itemPrefix(field: FieldDefinition, index: number): string {
  return `${field.key}.${index}.`;
}

/** A child field renamed to its full input name inside item `index` (for widgets and error keys). */
export function childInItem(group: FieldDefinition, index: number, child: FieldDefinition): FieldDefinition {
  return { ...child, key: `${itemPrefix(group, index)}${child.key}` };
}

/** The item's children that apply, in order, given the form's answers and the item's own. */
export function visibleItemFields(field: FieldDefinition, item: Answers, formAnswers: Answers): FieldDefinition[] {
  const context = itemContext(formAnswers, item);
  const visible: FieldDefinition[] = [];
  for (const child of field.fields ?? []) {
    if (!child.showIf || isConditionMet(child.showIf, context)) visible.push(child);
    else delete context[child.key];
  }
  return visible;
}

/** Whether a child is optional in this item (`optional`, or `optionalIf` against the item first). */
export function isChildOptional(child: FieldDefinition, item: Answers, formAnswers: Answers): boolean {
  return child.optional === true || (child.optionalIf !== undefined && isConditionMet(child.optionalIf, itemContext(formAnswers, item)));
}

export function isGroupItem(value: unknown): value is GroupItem {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A reader for one item: child `x` reads `${key}.${index}.x`. */
function itemReader(read: FieldReader, prefix: string): FieldReader {
  const readItem = (name: string) => read(`${prefix}${name}`);
  const readAll = read.readAll;
  return readAll ? Object.assign(readItem, { readAll: (name: string) => readAll(`${prefix}${name}`) }) : readItem;
}

function isPresent(read: FieldReader, name: string): boolean {
  return read(name) !== null || (read.readAll?.(name).length ?? 0) > 0;
}

/** How many items were posted: the hidden count, or further while any item input is present. */
function postedItemCount(read: FieldReader, field: FieldDefinition, lookup: Lookup): number {
  const limit = maxItemsOf(field);
  const counted = Number.parseInt(read(`${field.key}.count`) ?? "", 10);
  let count = Number.isInteger(counted) && counted > 0 ? Math.min(counted, limit) : 0;
  const children = (field.fields ?? []).filter((child) => lookup(child.kind).hasValue);
  const names = children.flatMap((child) => lookup(child.kind).inputNames(child));
  while (count < limit && names.some((name) => isPresent(read, `${itemPrefix(field, count)}${name}`))) count += 1;
  return count;
}

function parseGroup(read: FieldReader, field: FieldDefinition, lookup: Lookup): GroupItem[] {
  const items: GroupItem[] = [];
  const count = postedItemCount(read, field, lookup);
  for (let index = 0; index < count; index += 1) {
    const item: GroupItem = {};
    const readItem = itemReader(read, itemPrefix(field, index));
    for (const child of field.fields ?? []) {
      const kind = lookup(child.kind);
      if (kind.hasValue) item[child.key] = kind.parse(readItem, child);
    }
    items.push(item);
  }
  return items;
}

function countProblem(field: FieldDefinition, env: FormEnv, count: number): string | null {
  if (count === 0 && field.optional) return null;
  const min = Math.max(minItemsOf(field), field.optional ? 0 : 1);
  if (count === 0 && min > 0) return fieldMessage(field, env, "required", "forms.errors.groupRequired");
  if (count < min) return fieldMessage(field, env, "tooFew", "forms.errors.groupTooFew", { min });
  const max = field.maxItems;
  if (max !== undefined && count > max) return fieldMessage(field, env, "tooMany", "forms.errors.groupTooMany", { max });
  return null;
}

/** The item schema: its visible children, each with the child kind's schema, strict. */
function itemSchema(field: FieldDefinition, item: GroupItem, formAnswers: Answers, env: FormEnv, lookup: Lookup): z.ZodType {
  const context = itemContext(formAnswers, item);
  const shape: Record<string, z.ZodType> = {};
  for (const child of visibleItemFields(field, item, formAnswers)) {
    const kind = lookup(child.kind);
    if (!kind.hasValue) continue;
    const effective = isChildOptional(child, item, formAnswers) ? { ...child, optional: true } : child;
    shape[child.key] = kind.schema(effective, env, context);
  }
  return z.strictObject(shape);
}

function groupSchema(field: FieldDefinition, env: FormEnv, formAnswers: Answers, lookup: Lookup): z.ZodType {
  const invalid = fieldMessage(field, env, "invalid", "forms.errors.groupInvalid");
  return z.unknown().transform((raw, ctx) => {
    const list = raw === null || raw === undefined ? [] : raw;
    if (!Array.isArray(list) || !list.every(isGroupItem)) {
      ctx.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    }
    let failed = false;
    const problem = countProblem(field, env, list.length);
    if (problem) {
      failed = true;
      ctx.addIssue({ code: "custom", message: problem });
    }
    const items: GroupItem[] = [];
    list.forEach((item, index) => {
      const visible = visibleItemFields(field, item, formAnswers).filter((child) => lookup(child.kind).hasValue);
      const input = Object.fromEntries(visible.map((child) => [child.key, item[child.key] ?? null]));
      const result = itemSchema(field, item, formAnswers, env, lookup).safeParse(input);
      if (result.success) {
        items.push(result.data as GroupItem);
        return;
      }
      failed = true;
      for (const issue of result.error.issues) {
        const keys = issue.code === "unrecognized_keys" ? issue.keys : [null];
        for (const key of keys) {
          const path = key === null ? issue.path : [...issue.path, key];
          ctx.addIssue({ code: "custom", message: issue.message, path: [index, ...path] });
        }
      }
    });
    return failed ? z.NEVER : items;
  });
}

function summarizeGroup(value: AnswerValue, field: FieldDefinition, env: FormEnv, lookup: Lookup): string {
  const items = Array.isArray(value) ? value.filter(isGroupItem) : [];
  if (items.length === 0) return translate(env.locale, "forms.summary.notProvided");
  return items
    .map((item, index) => {
      const parts = visibleItemFields(field, item, {})
        .filter((child) => lookup(child.kind).hasValue)
        .map((child) => `${localize(child.label, env.locale)}: ${lookup(child.kind).summarize(item[child.key] ?? null, child, env)}`);
      return `${itemLabelOf(field, index, env.locale)} – ${parts.join(", ")}`;
    })
    .join("; ");
}

export function groupKindWith(lookup: Lookup) {
  return defineKind({
    kind: "group",
    hasValue: true,
    schema: (field, env, answers = {}) => groupSchema(field, env, answers, lookup),
    parse: (read, field) => parseGroup(read, field, lookup),
    summarize: (value, field, env) => summarizeGroup(value, field, env, lookup),
    example: (field, env) => {
      const count = Math.max(minItemsOf(field), 1);
      const item = (): GroupItem =>
        Object.fromEntries(
          (field.fields ?? [])
            .filter((child) => lookup(child.kind).hasValue)
            .map((child) => [child.key, lookup(child.kind).example(child, env)]),
        );
      return Array.from({ length: Math.min(count, maxItemsOf(field)) }, item);
    },
    // The anchor of group-wide errors (too few items); item inputs are named as described above.
    inputNames: (field) => [field.key],
  });
}
