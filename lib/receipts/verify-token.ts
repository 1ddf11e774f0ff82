/**
 * The outcome of an uploaded receipt's check travels to the /verify page in its URL, sealed
 * with an HMAC so nobody can craft a "valid" result. It holds no personal data.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

import { signingConfig } from "@/lib/env";
import { parseKek } from "@/lib/signing/key-encryption";

export type VerifyOutcome = {
  ok: boolean;
  failure?: string;
  receiptNumber?: string;
  officeName?: string;
  serviceName?: string;
  caseNumber?: string;
  receivedAt?: string;
  kid?: string;
  sealSubject?: string;
  receiptSha256?: string;
  /** null when the receipt is valid but this server has no record of it (another deployment). */
  matchesRecord?: boolean | null;
  /** Seconds since the epoch; stale results are not shown. */
  at: number;
};

let key: Buffer | undefined;
const mac = (data: string) => {
  key ??= Buffer.from(hkdfSync("sha256", parseKek(signingConfig().SIGNING_KEK), "okienko", "verify-outcome", 32));
  return createHmac("sha256", key).update(data).digest("base64url");
};

export function sealOutcome(outcome: VerifyOutcome): string {
  const body = Buffer.from(JSON.stringify(outcome), "utf8").toString("base64url");
  return `${body}.${mac(body)}`;
}

export function openOutcome(token: string | undefined, now = Date.now(), maxAgeSeconds = 3600): VerifyOutcome | null {
  if (!token || token.length > 4096) return null;
  const [body, tag] = token.split(".");
  if (!body || !tag) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(tag);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const outcome = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as VerifyOutcome;
    return now / 1000 - outcome.at <= maxAgeSeconds ? outcome : null;
  } catch {
    return null;
  }
}
