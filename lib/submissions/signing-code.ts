/**
 * One-time codes that confirm a resident's signature. A code is bound to one draft and one
 * document hash, sent through the notifications outbox to the resident's confirmed e-mail
 * address, stored only as an HMAC over (challenge, hash, code), valid for 10 minutes, and
 * allows 5 attempts: the sixth is refused even with the right code.
 */
import "server-only";

import { createHmac, hkdfSync, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import { drafts, signatureChallenges, users } from "@/db/schema";
import { signingConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ResidentActor } from "@/lib/identity/actor";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { notify } from "@/lib/notify/notify";
import { parseKek } from "@/lib/signing/key-encryption";
import { fingerprintOf, prepareSubmission, type DraftRow } from "./submission-document";

export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;
const HASH = /^[0-9a-f]{64}$/;

let hmacKey: Buffer | undefined;
function codeHmac(challengeId: string, documentHash: string, code: string): string {
  hmacKey ??= Buffer.from(hkdfSync("sha256", parseKek(signingConfig().SIGNING_KEK), "okienko", "signing-code-hmac", 32));
  return createHmac("sha256", hmacKey).update(`${challengeId}\n${documentHash}\n${code}`).digest("hex");
}

/** The resident's own draft, locked for the rest of the transaction; 404 for anyone else's. */
export async function lockOwnDraft(tx: Executor, actor: ResidentActor, draftId: string): Promise<DraftRow | undefined> {
  if (!isUuid(draftId)) throw new AppError("NOT_FOUND");
  const [draft] = await tx.select().from(drafts).where(and(eq(drafts.id, draftId), eq(drafts.applicantId, actor.userId))).for("update");
  return draft;
}

export type CodeRequest = { email: string; documentHash: string; expiresAt: Date };

/** Sends a new code for the document the resident saw (its hash must still be the draft's). */
export async function requestSigningCode(ctx: RequestContext, input: { draftId: string; documentHash: string }): Promise<CodeRequest> {
  const actor = requireResident(ctx.actor, "application.sign");
  if (!HASH.test(input.documentHash)) throw new AppError("VALIDATION", { userMessage: "signing.errors.documentChanged" });
  return getDb().transaction(async (tx) => {
    const draft = await lockOwnDraft(tx, actor, input.draftId);
    if (!draft) throw new AppError("NOT_FOUND");
    const prepared = await prepareSubmission(tx, ctx, actor, draft);
    if (prepared.hash !== input.documentHash) throw new AppError("CONFLICT", { userMessage: "signing.errors.documentChanged" });
    const [person] = await tx.select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, actor.userId));
    if (!person?.email || !person.verified) throw new AppError("VALIDATION", { userMessage: "signing.errors.noEmail" });

    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const expiresAt = new Date(ctx.now.getTime() + CODE_TTL_MS);
    const values = { id, applicantId: actor.userId, documentHash: prepared.hash, codeHmac: codeHmac(id, prepared.hash, code), attempts: 0, expiresAt, consumedAt: null, createdAt: ctx.now };
    await tx.insert(signatureChallenges).values({ draftId: draft.id, ...values }).onConflictDoUpdate({ target: signatureChallenges.draftId, set: values });
    await notify(tx, ctx, {
      kind: "signing_code",
      recipientId: actor.userId,
      officeId: draft.officeId,
      params: { serviceId: draft.serviceId, fingerprint: fingerprintOf(prepared.hash, 2) },
      code,
    });
    return { email: person.email, documentHash: prepared.hash, expiresAt };
  });
}

export type PendingChallenge = { documentHash: string; expiresAt: Date; attemptsLeft: number };

/** The live code request for a draft, if any (for the signing page). */
export async function pendingChallenge(tx: Executor, actor: ResidentActor, draftId: string, now: Date): Promise<PendingChallenge | null> {
  const [row] = await tx
    .select()
    .from(signatureChallenges)
    .where(and(eq(signatureChallenges.draftId, draftId), eq(signatureChallenges.applicantId, actor.userId)));
  if (!row || row.consumedAt || row.expiresAt <= now || row.attempts >= MAX_CODE_ATTEMPTS) return null;
  return { documentHash: row.documentHash, expiresAt: row.expiresAt, attemptsLeft: MAX_CODE_ATTEMPTS - row.attempts };
}

export type CodeVerdict =
  | { ok: true; challengeId: string; issuedAt: Date; attempts: number }
  | { ok: false; reason: "none" | "expired" | "used" | "attempts" | "otherDocument" | "wrong" };

/**
 * Checks a code for `documentHash` inside the caller's transaction (the draft is locked). A wrong
 * code counts an attempt; the caller must commit that count even though it refuses the signature.
 * A right code is consumed.
 */
export async function checkSigningCode(tx: Executor, actor: ResidentActor, draftId: string, documentHash: string, rawCode: string, now: Date): Promise<CodeVerdict> {
  const [row] = await tx
    .select()
    .from(signatureChallenges)
    .where(and(eq(signatureChallenges.draftId, draftId), eq(signatureChallenges.applicantId, actor.userId)))
    .for("update");
  if (!row) return { ok: false, reason: "none" };
  if (row.consumedAt) return { ok: false, reason: "used" };
  if (row.attempts >= MAX_CODE_ATTEMPTS) return { ok: false, reason: "attempts" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  if (row.documentHash !== documentHash) return { ok: false, reason: "otherDocument" };
  const code = rawCode.replace(/\s/g, "");
  const expected = Buffer.from(row.codeHmac, "hex");
  const given = Buffer.from(codeHmac(row.id, documentHash, code), "hex");
  if (!/^\d{6}$/.test(code) || !timingSafeEqual(expected, given)) {
    await tx.update(signatureChallenges).set({ attempts: row.attempts + 1 }).where(eq(signatureChallenges.id, row.id));
    return { ok: false, reason: row.attempts + 1 >= MAX_CODE_ATTEMPTS ? "attempts" : "wrong" };
  }
  await tx.update(signatureChallenges).set({ consumedAt: now, attempts: row.attempts + 1 }).where(eq(signatureChallenges.id, row.id));
  return { ok: true, challengeId: row.id, issuedAt: row.createdAt, attempts: row.attempts + 1 };
}
