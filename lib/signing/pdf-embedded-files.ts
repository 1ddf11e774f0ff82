/**
 * Reading a file attached with pdf-lib's `doc.attach()` (Catalog → /Names → /EmbeddedFiles name
 * tree → file specification → /EF /F stream), e.g. the receipt's `upo.json`.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from "pdf-lib";

const MAX_TREE_DEPTH = 16;

function textOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/** Finds the file specification dictionary for `name` in an /EmbeddedFiles name tree node. */
function findInNameTree(doc: PDFDocument, node: PDFDict, name: string, depth: number, seen: Set<PDFDict>): PDFDict | null {
  if (depth > MAX_TREE_DEPTH || seen.has(node)) return null;
  seen.add(node);
  const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      if (textOf(names.lookup(i)) !== name) continue;
      const spec = names.lookup(i + 1);
      if (spec instanceof PDFDict) return spec;
    }
  }
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (!(kid instanceof PDFDict)) continue;
    const found = findInNameTree(doc, kid, name, depth + 1, seen);
    if (found) return found;
  }
  return null;
}

/**
 * Returns the decoded bytes of the embedded file called `name` (matched on the name-tree key,
 * as pdf-lib writes it), or null when the PDF cannot be read or has no such attachment.
 */
export async function readEmbeddedFile(pdfBytes: Uint8Array, name: string): Promise<Uint8Array | null> {
  try {
    const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false, throwOnInvalidObject: false });
    const tree = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
    if (!tree) return null;
    const spec = findInNameTree(doc, tree, name, 0, new Set());
    const ef = spec?.lookupMaybe(PDFName.of("EF"), PDFDict);
    const stream = ef?.lookup(PDFName.of("F")) ?? ef?.lookup(PDFName.of("UF"));
    if (!(stream instanceof PDFRawStream)) return null;
    return new Uint8Array(decodePDFRawStream(stream).decode());
  } catch {
    return null;
  }
}
