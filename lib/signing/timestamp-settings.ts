/**
 * The configured time-stamp authority (SIGNING_TSA_URL): receipts sealed PAdES-B-T, best
 * effort (a TSA that fails gives B-B, logged). SIGNING_TSA_ROOTS holds the PEM root(s) an external
 * TSA chains to; they are trusted for time-stamps only.
 */
import { signingConfig } from "@/lib/env";
import { logger } from "@/lib/log";
import type { TimestampCallback } from "./cades";
import { timestampFromUrl } from "./tsa-config";

/** Every PEM certificate block in `text`, as DER. */
export function pemBlocksToDer(text: string): Uint8Array[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
    (match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ""), "base64")),
  );
}

export function receiptTimestamp(): TimestampCallback | undefined {
  const { SIGNING_TSA_URL: url, SIGNING_TSA_TIMEOUT_MS: timeoutMs } = signingConfig();
  if (!url) return undefined;
  return timestampFromUrl(url, {
    timeoutMs,
    onError: (error) => logger.warn("time-stamp not obtained; receipt sealed PAdES-B-B", { error: error instanceof Error ? error.message : String(error) }),
  });
}

export function timestampRoots(): Uint8Array[] {
  const pem = signingConfig().SIGNING_TSA_ROOTS;
  return pem ? pemBlocksToDer(pem) : [];
}
