import { describe, expect, it } from "vitest";

import { contentDisposition, sanitizeFileName, withMatchingExtension } from "./names";

describe("sanitizeFileName", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\jan\\Pulpit\\wniosek.pdf", "wniosek.pdf"],
    ["zaświadczenie żółć ĄĘŁŃÓŚŹŻ.pdf", "zaświadczenie żółć ĄĘŁŃÓŚŹŻ.pdf"],
    ["skan\u0000\u0007.pdf", "skan.pdf"],
    ["faktura\u202Efdp.exe", "fakturafdp.exe"],
    ["  .hidden.pdf.  ", "hidden.pdf"],
    ['a<b>c:"d"|e?f*.pdf', "a_b_c__d__e_f_.pdf"],
    ["", "plik"],
    ["../", "plik"],
    ["CON.pdf", "_CON.pdf"],
    ["zaz\u0307o\u0301\u0142c\u0301.txt", "zażółć.txt"],
  ])("%j → %j", (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it("limits the length and keeps the extension", () => {
    const name = sanitizeFileName(`${"ż".repeat(300)}.pdf`);
    expect([...name].length).toBeLessThanOrEqual(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("withMatchingExtension", () => {
  it("keeps a matching extension and adds the detected one otherwise", () => {
    expect(withMatchingExtension("skan.JPEG", ["jpg", "jpeg"])).toBe("skan.JPEG");
    expect(withMatchingExtension("skan.exe", ["pdf"])).toBe("skan.exe.pdf");
  });
});

describe("contentDisposition", () => {
  it("is an attachment with an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition('Zaświadczenie "łódź".pdf')).toBe(
      "attachment; filename=\"Zaswiadczenie _lodz_.pdf\"; filename*=UTF-8''Za%C5%9Bwiadczenie%20%22%C5%82%C3%B3d%C5%BA%22.pdf",
    );
  });
});
