/** FileRef lists as stored in answers and as carried in a hidden input. Isomorphic. */
import type { AnswerValue, FileRef } from "@/lib/forms/types";

const SHA256 = /^[0-9a-f]{64}$/;

export function isFileRef(value: unknown): value is FileRef {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.name === "string" &&
    typeof v.size === "number" &&
    Number.isInteger(v.size) &&
    v.size >= 0 &&
    typeof v.sha256 === "string" &&
    SHA256.test(v.sha256) &&
    typeof v.contentType === "string"
  );
}

/** The files of an answer; anything that is not a list of FileRefs reads as none. */
export function fileRefsOf(value: AnswerValue | undefined): FileRef[] {
  return Array.isArray(value) ? (value as unknown[]).filter(isFileRef) : [];
}

/** For `inputValuesOf`: the list as JSON, so the widget can show it. Display only, never parsed back into answers. */
export function fileRefsToInputValue(value: AnswerValue | undefined): string {
  return JSON.stringify(fileRefsOf(value));
}

export function fileRefsFromInputValue(text: string | undefined): FileRef[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isFileRef) : [];
  } catch {
    return [];
  }
}
