/**
 * Several ticked checkboxes share one input name. FormData carries each value separately; where a
 * single string must carry them all (the input values that prefill a form, plain records in tests
 * and seed data) they are comma-joined, which is why checkbox option values may not contain commas.
 */
import type { FieldReader } from "./types";

export function joinCheckedValues(values: readonly string[]): string {
  return values.join(",");
}

export function splitCheckedValues(text: string | null | undefined): string[] {
  return (text ?? "").split(",").map((value) => value.trim()).filter((value) => value !== "");
}

/** Every value sent under `name`: the reader's own `readAll`, or its single value split on commas. */
export function readAllValues(read: FieldReader, name: string): string[] {
  return read.readAll ? read.readAll(name) : splitCheckedValues(read(name));
}
