import { describe, expect, it } from "vitest";

import { sniffFileType } from "./sniff";
import { sampleExe, sampleJpeg, samplePdf, samplePng, sampleZip } from "./test-samples";

describe("sniffFileType", () => {
  it("recognises allowed types by content", async () => {
    expect(await sniffFileType(samplePdf, ["pdf"])).toEqual({ ok: true, type: "pdf", contentType: "application/pdf" });
    expect(await sniffFileType(samplePng, ["pdf", "png"])).toEqual({ ok: true, type: "png", contentType: "image/png" });
    expect(await sniffFileType(sampleJpeg, ["jpg"])).toEqual({ ok: true, type: "jpg", contentType: "image/jpeg" });
  });

  it("refuses a type the field does not allow", async () => {
    expect(await sniffFileType(samplePng, ["pdf"])).toMatchObject({ ok: false, code: "typeNotAllowed" });
  });

  it("refuses an executable whatever its name", async () => {
    expect(await sniffFileType(sampleExe, ["pdf", "txt"])).toMatchObject({ ok: false, code: "typeNotAllowed", detected: "application/x-msdownload" });
  });

  it("refuses archives", async () => {
    expect(await sniffFileType(sampleZip, ["pdf", "docx", "odt"])).toMatchObject({ ok: false, code: "archive" });
  });

  it("accepts UTF-8 text only where text is allowed", async () => {
    const text = Buffer.from("Zażółć gęślą jaźń\n");
    expect(await sniffFileType(text, ["txt"])).toEqual({ ok: true, type: "txt", contentType: "text/plain; charset=utf-8" });
    expect(await sniffFileType(text, ["pdf"])).toMatchObject({ ok: false, code: "typeNotAllowed" });
    expect(await sniffFileType(Buffer.from([0x61, 0x00, 0x62]), ["txt"])).toMatchObject({ ok: false, code: "notText" });
    expect(await sniffFileType(Buffer.from([0x61, 0xff, 0xfe, 0x62]), ["txt"])).toMatchObject({ ok: false, code: "notText" });
  });

  it("accepts XML as text", async () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><deklaracja/>');
    expect(await sniffFileType(xml, ["xml"])).toEqual({ ok: true, type: "xml", contentType: "application/xml" });
    expect(await sniffFileType(Buffer.from("<a>b</a>"), ["xml"])).toEqual({ ok: true, type: "xml", contentType: "application/xml" });
  });

  it("refuses an empty file", async () => {
    expect(await sniffFileType(Buffer.alloc(0), ["pdf"])).toMatchObject({ ok: false, code: "empty" });
  });
});
