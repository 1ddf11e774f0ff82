/**
 * What an attachment field allows, in one place for the kind, the widget, the upload page and
 * the upload route. Isomorphic: no server-only imports.
 */
import type { FieldDefinition, FileTypeId } from "@/lib/forms/types";

export const DEFAULT_MAX_SIZE_MB = 10;
export const DEFAULT_MAX_FILES = 1;
/** When a definition names no types: the documents offices ask for most. */
export const DEFAULT_ACCEPT: readonly FileTypeId[] = ["pdf", "jpg", "png"];

type FileTypeInfo = { label: string; mime: string; extensions: readonly string[] };

/** The allow-list: a type is accepted only when the content is recognised as one of these. */
export const fileTypes: Record<FileTypeId, FileTypeInfo> = {
  pdf: { label: "PDF", mime: "application/pdf", extensions: ["pdf"] },
  jpg: { label: "JPG", mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { label: "PNG", mime: "image/png", extensions: ["png"] },
  tiff: { label: "TIFF", mime: "image/tiff", extensions: ["tif", "tiff"] },
  docx: { label: "DOCX", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  odt: { label: "ODT", mime: "application/vnd.oasis.opendocument.text", extensions: ["odt"] },
  xml: { label: "XML", mime: "application/xml", extensions: ["xml"] },
  txt: { label: "TXT", mime: "text/plain", extensions: ["txt"] },
};

export type FileLimits = { accept: readonly FileTypeId[]; maxBytes: number; maxSizeMb: number; maxFiles: number };

export function fileLimitsOf(field: FieldDefinition): FileLimits {
  const maxSizeMb = field.maxSizeMb && field.maxSizeMb > 0 ? field.maxSizeMb : DEFAULT_MAX_SIZE_MB;
  return {
    accept: field.accept && field.accept.length > 0 ? field.accept : DEFAULT_ACCEPT,
    maxSizeMb,
    maxBytes: Math.floor(maxSizeMb * 1024 * 1024),
    maxFiles: field.maxFiles && field.maxFiles > 0 ? Math.floor(field.maxFiles) : DEFAULT_MAX_FILES,
  };
}

/** "PDF, JPG lub PNG" / "PDF, JPG or PNG". */
export function acceptLabel(accept: readonly FileTypeId[], locale: string): string {
  const labels = accept.map((id) => fileTypes[id].label);
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${locale === "pl" ? "lub" : "or"} ${labels[labels.length - 1]}`;
}

/** The `accept` attribute of a file input: a hint for the browser's picker, never a check. */
export function acceptAttribute(accept: readonly FileTypeId[]): string {
  return accept.flatMap((id) => [fileTypes[id].mime, ...fileTypes[id].extensions.map((e) => `.${e}`)]).join(",");
}

/** "1,2 MB", "340 kB", "12 B" with a Polish decimal comma. */
export function formatFileSize(bytes: number, locale = "pl"): string {
  const format = (n: number) => n.toLocaleString(locale === "pl" ? "pl-PL" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} kB`;
  return `${bytes} B`;
}
