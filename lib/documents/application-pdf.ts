/**
 * The submitted application as a PDF: the same check-your-answers rows the resident confirmed,
 * the attachments with their SHA-256, and the digest of the canonical submission. Returns the
 * unsaved document; the caller seals it (PAdES), which saves it.
 *
 * Every visible string comes from `labels`, so another language is a new labels object.
 */
import { PDFDocument } from "pdf-lib";

import type { SummarySection } from "@/lib/forms/types";

import { formatFileSize, formatWarsawDateTime } from "./format";
import { PdfWriter } from "./pdf-layout";

export type ApplicationPdfLabels = {
  /** BCP 47 language of the document (metadata) and locale for dates and numbers. */
  language: string;
  title: (serviceName: string) => string;
  office: string;
  applicant: string;
  submittedAt: string;
  formVersion: string;
  attachments: string;
  noAttachments: string;
  sha256: string;
  /** Printed before the hex digest at the end. */
  contentDigest: string;
  contentDigestNote: string;
  page: (page: number, pages: number) => string;
  /** Metadata: the program that made the document. */
  creator: string;
};

export const applicationPdfLabelsPl: ApplicationPdfLabels = {
  language: "pl-PL",
  title: (serviceName) => `Wniosek: ${serviceName}`,
  office: "Urząd",
  applicant: "Wnioskodawca",
  submittedAt: "Data złożenia",
  formVersion: "Wersja formularza",
  attachments: "Załączniki",
  noAttachments: "Brak załączników.",
  sha256: "SHA-256",
  contentDigest: "Skrót dokumentu (SHA-256)",
  contentDigestNote: "Skrót obliczono z danych wniosku w postaci kanonicznej (JSON, RFC 8785); ten sam skrót podaje urzędowe poświadczenie odbioru.",
  page: (page, pages) => `Strona ${page} z ${pages}`,
  creator: "Okienko",
};

export type ApplicationPdfInput = {
  officeName: string;
  serviceName: string;
  formVersion: number;
  applicantName: string;
  submittedAt: Date;
  sections: SummarySection[];
  contentDigest: string;
  attachments: { name: string; size: number; sha256: string }[];
  labels: ApplicationPdfLabels;
};

export const PDF_PRODUCER = "Okienko (pdf-lib 1.17.1)";

export async function buildApplicationPdf(input: ApplicationPdfInput): Promise<PDFDocument> {
  const { labels } = input;
  const locale = labels.language;
  const title = labels.title(input.serviceName);

  // updateMetadata: false keeps pdf-lib from stamping "now"; the dates are the submission's.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(input.applicantName);
  doc.setSubject(input.officeName);
  doc.setCreator(labels.creator);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(input.submittedAt);
  doc.setModificationDate(input.submittedAt);
  doc.setLanguage(labels.language);

  const writer = await PdfWriter.create(doc, { footer: labels.page, footerLeft: title });
  writer.heading(title, { level: 1 });
  writer.rows([
    [labels.office, input.officeName],
    [labels.applicant, input.applicantName],
    [labels.submittedAt, formatWarsawDateTime(input.submittedAt, locale)],
    [labels.formVersion, String(input.formVersion)],
  ]);

  for (const section of input.sections) {
    writer.heading(section.title);
    writer.rows(section.rows.map((row) => [row.label, row.value] as const));
  }

  writer.heading(labels.attachments);
  if (input.attachments.length === 0) writer.paragraph(labels.noAttachments);
  else {
    writer.rows(
      input.attachments.map(
        (file) => [`${file.name}\n${formatFileSize(file.size, locale)}`, `${labels.sha256}:\n${file.sha256}`, { valueSize: 8 }] as const,
      ),
    );
  }

  writer.rule();
  writer.paragraph(`${labels.contentDigest}: ${input.contentDigest}`, { bold: true, spaceAfter: 3 });
  writer.paragraph(labels.contentDigestNote, { size: 8 });
  writer.finish();
  return doc;
}
