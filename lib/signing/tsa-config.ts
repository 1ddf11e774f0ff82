/**
 * Turning a configured TSA URL (SIGNING_TSA_URL, wired by the caller) into the `timestamp`
 * option of sealPdf/sealPdfWithLevel. Best effort by design: the callback never throws, so a TSA
 * that is down, slow or misbehaving yields a PAdES-B-B seal instead of a failed one.
 */
import { sha256 } from "./bytes";
import type { TimestampCallback } from "./cades";
import { requestTimestamp, type TimestampRequestOptions } from "./tsa-client";

export type TimestampFromUrlOptions = TimestampRequestOptions & {
  /** Called with the error when no token was obtained (this module logs nothing itself). */
  onError?: (error: unknown) => void;
};

/**
 * A TimestampCallback that asks the RFC 3161 TSA at `url` for a token over SHA-256 of the
 * signature value. Any failure (timeout, network, refusal, unusable token) → null, and `onError`.
 */
export function timestampFromUrl(url: string, options: TimestampFromUrlOptions = {}): TimestampCallback {
  const { onError, ...requestOptions } = options;
  return async (signatureValue) => {
    try {
      return await requestTimestamp(url, sha256(signatureValue), requestOptions);
    } catch (error) {
      try {
        onError?.(error);
      } catch {
        // A failing error hook must not fail the seal either.
      }
      return null;
    }
  };
}
