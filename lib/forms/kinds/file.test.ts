import { describe, expect, it } from "vitest";

import type { FieldDefinition, FileRef, FormEnv } from "../types";
import { fileKind, keepsStoredValue } from "./file";

const env: FormEnv = { today: "2026-05-01", locale: "pl" };
const field: FieldDefinition = { key: "scan", kind: "file", label: { pl: "Skan dokumentu" }, maxFiles: 2 };
const ref = (n: number): FileRef => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `skan-${n}.pdf`, size: 1_258_291, sha256: "a".repeat(64), contentType: "application/pdf" });

describe("file kind", () => {
  it("requires at least one file unless optional", () => {
    expect(fileKind.schema(field, env).safeParse(null).success).toBe(false);
    expect(fileKind.schema(field, env).safeParse([]).error?.issues[0]?.message).toBe("Dołącz plik: Skan dokumentu");
    expect(fileKind.schema({ ...field, optional: true }, env).safeParse(null).success).toBe(true);
    expect(fileKind.schema(field, env).safeParse([ref(1)]).success).toBe(true);
  });

  it("refuses more files than maxFiles and anything that is not a FileRef", () => {
    expect(fileKind.schema(field, env).safeParse([ref(1), ref(2), ref(3)]).error?.issues[0]?.message).toBe("Możesz dołączyć najwyżej 2 pliki: Skan dokumentu");
    expect(fileKind.schema(field, env).safeParse([{ id: "x" }]).success).toBe(false);
    expect(fileKind.schema(field, env).safeParse("skan.pdf").success).toBe(false);
  });

  it("reads nothing from the form post; the stored value is kept by parseStepInput", () => {
    expect(fileKind.parse(() => '[{"id":"forged"}]', field)).toBeNull();
    expect(keepsStoredValue(field)).toBe(true);
  });

  it("summarises names and sizes", () => {
    expect(fileKind.summarize([ref(1), ref(2)], field, env)).toBe("skan-1.pdf (1,2 MB); skan-2.pdf (1,2 MB)");
    expect(fileKind.schema(field, env).safeParse(fileKind.example(field, env)).success).toBe(true);
  });
});
