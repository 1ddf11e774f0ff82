/** Test fixtures for lib/signing: a throw-away PKI and small PDFs. Not used by production code. */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { createRootCa, issueSealCertificate, type IssuedKey } from "./pki";
import { LocalKeySigner } from "./signer";

/** A root, a receipt seal under it, its signer, and an unrelated second root. */
export type TestPki = { root: IssuedKey; seal: IssuedKey; signer: LocalKeySigner; otherRoot: IssuedKey; now: Date };

/** Creates a fresh test PKI valid from `now`. */
export async function createTestPki(now = new Date()): Promise<TestPki> {
  const root = await createRootCa({ commonName: "Okienko Test Root CA", now });
  const seal = await issueSealCertificate(root, { commonName: "Urząd Gminy Testowo — pieczęć UPO", organization: "Urząd Gminy Testowo", purpose: "receipt-seal", now });
  const signer = await LocalKeySigner.create(seal.pkcs8Der, [seal.certDer, root.certDer]);
  const otherRoot = await createRootCa({ commonName: "Some Other Root CA", now });
  return { root, seal, signer, otherRoot, now };
}

/** A one-page PDF with a line of Helvetica text. */
export async function simplePdf(text = "Okienko test document"): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc;
}

/** Meta for test seals, with Polish letters to exercise the UTF-16 text strings. */
export function testSealMeta(signingTime: Date) {
  return { reason: "Urzędowe poświadczenie odbioru", name: "Urząd Gminy Testowo", location: "Łódź", contactInfo: "bok@testowo.example", signingTime };
}

/** An HTTP server on 127.0.0.1 with a free port, for TSA failure cases (hangs, garbage, errors). */
export async function startTestServer(listener: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens (a port that was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = await startTestServer(() => {});
  await server.close();
  return server.url;
}
