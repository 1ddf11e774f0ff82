/**
 * Which type a file really is, from its content (magic bytes), against the field's allow-list.
 * Names and browser-sent types are ignored. Plain text and XML have no magic bytes: they must be
 * valid UTF-8 without NUL bytes.
 */
import "server-only";

import { fileTypeFromBuffer } from "file-type";

import type { FileTypeId } from "@/lib/forms/types";
import { fileTypes } from "./limits";
import type { UploadErrorCode } from "./messages";

export type Sniffed = { ok: true; type: FileTypeId; contentType: string } | { ok: false; code: UploadErrorCode; detected?: string };

const ARCHIVES = new Set(["zip", "rar", "7z", "gz", "bz2", "xz", "tar", "cab", "arj", "lzh", "zst", "lz", "lzma", "Z", "ar", "rpm", "deb", "cpio", "jar", "apk", "xpi", "dmg", "iso", "epub"]);

// What file-type reports (mime) for each allowed type; JPEG/TIFF variants included.
const mimeToType: Record<string, FileTypeId> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/tiff": "tiff",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/xml": "xml",
  "text/xml": "xml",
};

export async function sniffFileType(content: Uint8Array, accept: readonly FileTypeId[]): Promise<Sniffed> {
  if (content.length === 0) return { ok: false, code: "empty" };
  const detected = await fileTypeFromBuffer(content);
  if (detected) {
    const type = mimeToType[detected.mime];
    if (type === "xml" && !accept.includes("xml") && accept.includes("txt")) return textVerdict(content, "txt");
    if (type && accept.includes(type)) return type === "xml" ? textVerdict(content, "xml") : { ok: true, type, contentType: fileTypes[type].mime };
    if (ARCHIVES.has(detected.ext)) return { ok: false, code: "archive", detected: detected.mime };
    return { ok: false, code: "typeNotAllowed", detected: detected.mime };
  }
  const textType: FileTypeId | undefined = accept.includes("txt") ? "txt" : accept.includes("xml") && looksLikeXml(content) ? "xml" : undefined;
  if (!textType) return { ok: false, code: "typeNotAllowed" };
  return textVerdict(content, textType);
}

function textVerdict(content: Uint8Array, type: "txt" | "xml"): Sniffed {
  if (!isUtf8Text(content)) return { ok: false, code: type === "txt" ? "notText" : "typeNotAllowed" };
  return { ok: true, type, contentType: type === "txt" ? "text/plain; charset=utf-8" : "application/xml" };
}

export function isUtf8Text(content: Uint8Array): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

function looksLikeXml(content: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(content.subarray(0, 256)).replace(/^\uFEFF/, "").trimStart();
  return head.startsWith("<");
}
