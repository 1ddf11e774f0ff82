/**
 * File names from browsers are untrusted text: keep the readable part (Polish letters too), drop
 * paths, control and bidi characters, and limit the length.
 */
const MAX_NAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 10;
// C0/C1 controls and DEL; bidi embeddings/overrides/isolates and marks (an "RTL override" name
// can show "cod.exe" as "exe.doc"); zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Characters Windows refuses in names, and the separators.
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function sanitizeFileName(raw: string, fallback = "plik"): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (name === "") name = fallback;
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return limitLength(name, MAX_NAME_LENGTH);
}

/** Cuts the stem, keeping a short extension; counts code points so no surrogate is split. */
function limitLength(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot) : "";
  if (extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH + 1) {
    const stem = [...name.slice(0, dot)].slice(0, max - [...extension].length).join("").trimEnd();
    return stem + extension;
  }
  return chars.slice(0, max).join("").trimEnd();
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** "skan.exe" holding a PDF becomes "skan.exe.pdf": the name never contradicts the content. */
export function withMatchingExtension(name: string, extensions: readonly string[]): string {
  if (extensions.length === 0 || extensions.includes(extensionOf(name))) return name;
  return limitLength(`${name}.${extensions[0]}`, MAX_NAME_LENGTH + MAX_EXTENSION_LENGTH);
}

/** RFC 6266 `attachment` with an ASCII fallback and the UTF-8 name (RFC 8187). */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/[^\x20-\x7E]/g, "_")
    .replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
