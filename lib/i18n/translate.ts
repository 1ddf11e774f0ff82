/**
 * The message catalogue. Isomorphic: server components, client components and the forms
 * engine all translate through here, so adding a language means adding a catalogue folder.
 */
import { en } from "./messages/en";
import { pl, type Messages } from "./messages/pl";
import { defaultLocale, type Locale } from "./locales";

const catalogues: Record<Locale, Messages> = { pl, en };

type Join<K extends string, P extends string> = `${K}.${P}`;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, Paths<T[K]>>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type MessageParams = Record<string, string | number>;

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = lookup(catalogues[locale], key) ?? lookup(catalogues[defaultLocale], key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
