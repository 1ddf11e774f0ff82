/**
 * The official receipt (UPO) as a PDF for people: one A4 page with the receipt's data, the
 * verification address as text and as a QR code, and the receipt's canonical JSON attached as
 * `upo.json` (the bytes that are hashed, chained and sealed). Returns the unsaved document; the
 * caller seals it (PAdES), which saves it.
 *
 * Deterministic for the same input: dates come from the receipt, pdf-lib adds no document /ID,
 * and font subset tags are derived from the content.
 */
import { AFRelationship, PDFDocument } from "pdf-lib";

import type { ReceiptJson } from "@/lib/signing/receipt-types";

import { PDF_PRODUCER } from "./application-pdf";
import { formatFileSize, formatWarsawDateTime } from "./format";
import { PdfWriter } from "./pdf-layout";
import { qrOperators } from "./pdf-qr";

export type ReceiptPdfLabels = {
  /** BCP 47 language of the document (metadata) and locale for dates and numbers. */
  language: string;
  title: string;
  receiptId: string;
  addressee: string;
  sender: string;
  pesel: string;
  identityProvider: string;
  /** Names of identity providers by id; unknown ids are printed as they are. */
  identityProviders: Record<string, string>;
  levelOfAssurance: string;
  /** eIDAS levels by code (low, substantial, high); unknown codes are printed as they are. */
  levelsOfAssurance: Record<string, string>;
  service: string;
  formVersion: string;
  caseNumber: string;
  receivedAt: string;
  issuedAt: string;
  submissionId: string;
  contentDigest: string;
  signature: string;
  signatureTypes: Record<ReceiptJson["submission"]["signatureType"], string>;
  signatureDigest: string;
  attachments: string;
  noAttachments: string;
  sha256: string;
  ledger: string;
  ledgerSeq: string;
  prevHash: string;
  firstInLedger: string;
  receiptSha256: string;
  verification: string;
  sealStatement: (officeName: string) => string;
  verifyInstructions: string;
  verifyUrl: string;
  /** Description of the attached upo.json. */
  attachmentDescription: string;
  page: (page: number, pages: number) => string;
  creator: string;
};

export const receiptPdfLabelsPl: ReceiptPdfLabels = {
  language: "pl-PL",
  title: "Urzędowe poświadczenie odbioru (UPO)",
  receiptId: "Identyfikator poświadczenia",
  addressee: "Adresat",
  sender: "Nadawca",
  pesel: "PESEL",
  identityProvider: "Tożsamość potwierdzona przez",
  identityProviders: { "national-id": "Węzeł Krajowy Identyfikacji Elektronicznej" },
  levelOfAssurance: "Poziom bezpieczeństwa uwierzytelnienia",
  levelsOfAssurance: { low: "niski", substantial: "średni", high: "wysoki" },
  service: "Sprawa (usługa)",
  formVersion: "Wersja formularza",
  caseNumber: "Znak sprawy",
  receivedAt: "Data doręczenia (wszczęcie sprawy)",
  issuedAt: "Data wytworzenia poświadczenia",
  submissionId: "Identyfikator wniosku",
  contentDigest: "Skrót treści wniosku (SHA-256)",
  signature: "Podpis nadawcy",
  signatureTypes: { "portal-confirmed-code": "podpis potwierdzony przez portal (kod jednorazowy)" },
  signatureDigest: "Skrót podpisu (SHA-256)",
  attachments: "Załączniki",
  noAttachments: "Brak załączników.",
  sha256: "SHA-256",
  ledger: "Rejestr poświadczeń urzędu",
  ledgerSeq: "Pozycja w rejestrze",
  prevHash: "Skrót poprzedniego poświadczenia",
  firstInLedger: "brak (pierwsze poświadczenie w rejestrze)",
  receiptSha256: "Skrót tego poświadczenia (SHA-256 pliku upo.json)",
  verification: "Weryfikacja",
  sealStatement: (officeName) =>
    `Poświadczenie opatrzono pieczęcią elektroniczną urzędu: ${officeName}. Dane poświadczenia w postaci do odczytu maszynowego zawiera załączony plik upo.json (JSON, RFC 8785); jego skrót podano wyżej.`,
  verifyInstructions:
    "Aby sprawdzić autentyczność, otwórz poniższy adres lub zeskanuj kod QR i porównaj dane albo prześlij tam ten plik PDF. Pieczęć można też sprawdzić w czytniku PDF (panel podpisów).",
  verifyUrl: "Adres weryfikacji",
  attachmentDescription: "Urzędowe poświadczenie odbioru: dane w postaci kanonicznej (JSON, RFC 8785)",
  page: (page, pages) => `Strona ${page} z ${pages}`,
  creator: "Okienko",
};

export type ReceiptPdfInput = {
  receipt: ReceiptJson;
  /** The receipt's RFC 8785 bytes: attached unchanged as upo.json. */
  canonicalBytes: Uint8Array;
  /** SHA-256 (hex) of canonicalBytes. */
  receiptSha256: string;
  labels: ReceiptPdfLabels;
};

/** "*******1234": printouts get lost; the last four digits are enough to recognise one's own. */
export function maskPesel(pesel: string): string {
  return pesel.length <= 4 ? "*".repeat(pesel.length) : `${"*".repeat(pesel.length - 4)}${pesel.slice(-4)}`;
}

const QR_SIZE = 96;
/** White space around the QR code (QR wants 4 modules; a 96 pt code of ≈33 modules needs ≈12 pt). */
const QR_QUIET = 12;
/** Hashes (64 hex digits) fit the value column on one line at this size. */
const HASH_SIZE = 8;

export async function buildReceiptPdf(input: ReceiptPdfInput): Promise<PDFDocument> {
  const { receipt, labels } = input;
  const locale = labels.language;
  const issuedAt = new Date(receipt.issuedAt);
  const time = (iso: string) => formatWarsawDateTime(new Date(iso), locale, { seconds: true });

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${labels.title} ${receipt.receiptId}`, { showInWindowTitleBar: true });
  doc.setAuthor(receipt.office.name);
  doc.setSubject(receipt.service.name);
  doc.setCreator(labels.creator);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  doc.setLanguage(labels.language);

  const writer = await PdfWriter.create(doc, { footer: labels.page, footerLeft: receipt.receiptId, fontSize: 9 });
  writer.heading(labels.title, { level: 1 });

  const { sender, submission } = receipt;
  writer.rows([
    [labels.receiptId, receipt.receiptId],
    [labels.addressee, receipt.office.name],
    [labels.sender, sender.name],
    ...(sender.pesel ? [[labels.pesel, maskPesel(sender.pesel)] as const] : []),
    [labels.identityProvider, labels.identityProviders[sender.identityProvider] ?? sender.identityProvider],
    [labels.levelOfAssurance, labels.levelsOfAssurance[sender.levelOfAssurance] ?? sender.levelOfAssurance],
    [labels.service, receipt.service.name],
    [labels.formVersion, String(receipt.service.formVersion)],
    [labels.caseNumber, receipt.caseNumber],
    [labels.receivedAt, time(receipt.receivedAt)],
    [labels.issuedAt, time(receipt.issuedAt)],
    [labels.submissionId, submission.id],
    [labels.contentDigest, submission.contentDigest.value, { valueSize: HASH_SIZE }],
    [labels.signature, labels.signatureTypes[submission.signatureType] ?? submission.signatureType],
    [labels.signatureDigest, submission.signatureDigest, { valueSize: HASH_SIZE }],
  ]);

  writer.heading(labels.attachments, { level: 3 });
  if (submission.attachments.length === 0) writer.paragraph(labels.noAttachments);
  else {
    writer.rows(
      submission.attachments.map(
        (file) => [`${file.name}\n${formatFileSize(file.size, locale)}`, `${labels.sha256}:\n${file.sha256}`, { valueSize: HASH_SIZE }] as const,
      ),
    );
  }

  writer.heading(labels.ledger, { level: 3 });
  writer.rows([
    [labels.ledgerSeq, String(receipt.ledger.seq)],
    receipt.ledger.prevHash ? [labels.prevHash, receipt.ledger.prevHash, { valueSize: HASH_SIZE }] : [labels.prevHash, labels.firstInLedger],
    [labels.receiptSha256, input.receiptSha256, { valueSize: HASH_SIZE }],
  ]);

  writer.heading(labels.verification, { level: 3 });
  writer.paragraph(labels.sealStatement(receipt.office.name));
  const gap = 16;
  const textWidth = writer.width - QR_SIZE - gap;
  const lineHeight = writer.lineHeight();
  const instructions = writer.wrap(labels.verifyInstructions, textWidth);
  const urlLabel = writer.wrap(`${labels.verifyUrl}:`, textWidth, { bold: true });
  const url = writer.wrap(receipt.verify.url, textWidth);
  const textHeight = (instructions.length + urlLabel.length + url.length) * lineHeight + lineHeight / 2;
  writer.block(Math.max(QR_SIZE + 2 * QR_QUIET, textHeight + QR_QUIET), (ctx) => {
    ctx.ops(qrOperators(receipt.verify.url, ctx.x, ctx.top - QR_QUIET, QR_SIZE));
    let y = ctx.top - QR_QUIET - writer.fontSize;
    const x = ctx.x + QR_SIZE + gap;
    for (const line of instructions) {
      ctx.text(x, y, line);
      y -= lineHeight;
    }
    y -= lineHeight / 2;
    for (const line of urlLabel) {
      ctx.text(x, y, line, { bold: true });
      y -= lineHeight;
    }
    for (const line of url) {
      ctx.text(x, y, line);
      y -= lineHeight;
    }
  });
  writer.finish();

  await doc.attach(input.canonicalBytes, "upo.json", {
    mimeType: "application/json",
    description: labels.attachmentDescription,
    creationDate: issuedAt,
    modificationDate: issuedAt,
    afRelationship: AFRelationship.Source,
  });
  return doc;
}
