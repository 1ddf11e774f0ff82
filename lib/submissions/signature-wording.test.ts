import { describe, expect, it } from "vitest";

import { applicationPdfLabelsPl } from "@/lib/documents/application-pdf";
import { receiptPdfLabelsPl } from "@/lib/documents/receipt-pdf";
import { pl } from "@/lib/i18n/messages/pl";

// The portal confirms a signature with a one-time code; legally that is not the minister's
// trusted-profile signature, and nothing we show may call it so.
describe("what the signature is called", () => {
  it("is never 'podpis zaufany' in the UI or in the documents", () => {
    const texts = JSON.stringify([pl, applicationPdfLabelsPl, receiptPdfLabelsPl]);
    expect(texts).not.toMatch(/podpis(em|u|ie)?\s+zaufan/i);
    expect(JSON.stringify([pl.signing, receiptPdfLabelsPl])).toMatch(/potwierdzon\w* przez portal/);
  });
});
