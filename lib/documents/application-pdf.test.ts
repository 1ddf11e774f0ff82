import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { applicationPdfLabelsPl, buildApplicationPdf, type ApplicationPdfLabels } from "./application-pdf";
import { manyRows, sampleApplicationInput, sampleSections } from "./samples";
import { readPages, readText } from "./test-pdf-reader";

async function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false });
}

describe("buildApplicationPdf", () => {
  it("prints the header, every summary row as given, the attachments and the digest", async () => {
    const input = sampleApplicationInput();
    const text = await readText(await save(await buildApplicationPdf(input)));
    const lines = text.split("\n");
    expect(lines[0]).toBe("Wniosek: Zgłoszenie zbycia pojazdu");
    expect(lines).toEqual(expect.arrayContaining(["Urząd", "Urząd Miejski w Przykładowie", "Wnioskodawca", "Zażółć Gęślą-Jaźń"]));
    expect(lines).toContain("22.11.2026, 14:05"); // 13:05 UTC is 14:05 in Warsaw in November
    for (const section of sampleSections) {
      expect(lines).toContain(section.title);
      for (const row of section.rows) {
        expect(text).toContain(row.label.split(" ")[0]);
        for (const valueLine of row.value.split("\n")) expect(text.replace(/\n/g, " ")).toContain(valueLine);
      }
    }
    expect(lines).toContain("„Łódzkie Żurawie” Spółka z ograniczoną odpowiedzialnością");
    for (const file of input.attachments) {
      expect(text).toContain(file.name.split(" ")[0]);
      expect(lines).toContain(file.sha256);
    }
    expect(lines).toContain("245\u00a0812 B (240,1 KB)"); // pl-PL groups digits with a no-break space
    expect(text.replace(/\n/g, " ")).toContain(`Skrót dokumentu (SHA-256): ${input.contentDigest}`);
  });

  it("sets the document metadata from the submission", async () => {
    const input = sampleApplicationInput();
    const doc = await PDFDocument.load(await save(await buildApplicationPdf(input)), { updateMetadata: false });
    expect(doc.getTitle()).toBe("Wniosek: Zgłoszenie zbycia pojazdu");
    expect(doc.getCreator()).toBe("Okienko");
    expect(doc.getProducer()).toMatch(/^Okienko/);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-11-22T13:05:33.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-11-22T13:05:33.000Z");
    expect(doc.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText()).toBe("pl-PL");
  });

  it("breaks 200 rows over several numbered pages", async () => {
    const pages = await readPages(await save(await buildApplicationPdf(sampleApplicationInput(manyRows(200)))));
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((page, i) => expect(page.lines).toContain(`Strona ${i + 1} z ${pages.length}`));
    expect(pages[0]!.lines).toContain(`Strona 1 z ${pages.length}`);
    expect(pages.at(-1)!.lines.join(" ")).toContain("Skrót dokumentu (SHA-256)");
  });

  it("replaces characters the font lacks instead of failing", async () => {
    const sections = [{ stepId: "x", title: "Uwagi 📝", rows: [{ key: "u", label: "Treść", value: "Dzień dobry 😀 你好 — dziękuję" }] }];
    const text = await readText(await save(await buildApplicationPdf(sampleApplicationInput(sections))));
    expect(text).toContain("Uwagi ?");
    expect(text).toContain("Dzień dobry ? ?? — dziękuję");
  });

  it("takes every visible string from the labels", async () => {
    const en: ApplicationPdfLabels = {
      ...applicationPdfLabelsPl,
      language: "en-GB",
      title: (service) => `Application: ${service}`,
      office: "Office",
      applicant: "Applicant",
      submittedAt: "Submitted",
      formVersion: "Form version",
      attachments: "Attachments",
      noAttachments: "No attachments.",
      contentDigest: "Document digest (SHA-256)",
      contentDigestNote: "Digest of the canonical submission data.",
      page: (page, pages) => `Page ${page} of ${pages}`,
    };
    const input = { ...sampleApplicationInput(), attachments: [], labels: en };
    const text = await readText(await save(await buildApplicationPdf(input)));
    expect(text).toContain("Application: Zgłoszenie zbycia pojazdu");
    expect(text).toContain("22/11/2026, 14:05");
    expect(text).toContain("No attachments.");
    expect(text).toContain("Page 1 of 1");
    expect(text).not.toMatch(/Strona|Wnioskodawca|Załączniki/);
  });
});
