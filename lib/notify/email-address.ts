/**
 * A person's e-mail address is used only after they confirm it with a code sent to it. The
 * code is stored as an HMAC; five wrong tries or thirty minutes end it.
 */
import "server-only";

import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db";
import { emailConfirmations, users } from "@/db/schema";
import { authConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/identity/actor";
import { assertGranted } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { notify } from "./notify";

const CODE_TTL_MS = 30 * 60 * 1000;
const MAX_ATTEMPTS = 5;

function userIdOf(actor: Actor): string {
  assertGranted(actor, "notification.settings");
  if (actor.type !== "resident" && actor.type !== "staff") throw new AppError("FORBIDDEN");
  return actor.userId;
}

function hmac(userId: string, code: string): string {
  return createHmac("sha256", authConfig().AUTH_SECRET).update(`email-confirmation:${userId}:${code}`).digest("hex");
}

export async function requestEmailConfirmation(ctx: RequestContext, rawEmail: string): Promise<{ email: string }> {
  const userId = userIdOf(ctx.actor);
  const parsed = z.string().trim().toLowerCase().pipe(z.email().max(254)).safeParse(rawEmail);
  if (!parsed.success) throw new AppError("VALIDATION", { userMessage: "notify.settings.errors.emailInvalid" });
  const email = parsed.data;
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.email, email), ne(users.id, userId)));
    if (taken) throw new AppError("VALIDATION", { userMessage: "notify.settings.errors.emailTaken" });
    const values = { email, codeHmac: hmac(userId, code), attempts: 0, expiresAt: new Date(ctx.now.getTime() + CODE_TTL_MS) };
    await tx.insert(emailConfirmations).values({ userId, ...values }).onConflictDoUpdate({ target: emailConfirmations.userId, set: values });
    await notify(tx, ctx, { kind: "email_confirmation", recipientId: userId, params: { email }, code });
  });
  return { email };
}

export async function confirmEmail(ctx: RequestContext, rawCode: string): Promise<{ email: string }> {
  const userId = userIdOf(ctx.actor);
  const code = rawCode.replace(/\s/g, "");
  return getDb().transaction(async (tx) => {
    const [pending] = await tx.select().from(emailConfirmations).where(eq(emailConfirmations.userId, userId)).for("update");
    if (!pending || pending.expiresAt < ctx.now || pending.attempts >= MAX_ATTEMPTS) {
      throw new AppError("VALIDATION", { userMessage: "notify.settings.errors.codeExpired" });
    }
    const expected = Buffer.from(pending.codeHmac, "hex");
    const given = Buffer.from(hmac(userId, code), "hex");
    if (!/^\d{6}$/.test(code) || !timingSafeEqual(expected, given)) {
      await tx.update(emailConfirmations).set({ attempts: pending.attempts + 1 }).where(eq(emailConfirmations.userId, userId));
      return { failed: true as const };
    }
    await tx.update(users).set({ email: pending.email, emailVerified: ctx.now }).where(eq(users.id, userId));
    await tx.delete(emailConfirmations).where(eq(emailConfirmations.userId, userId));
    return { email: pending.email };
  }).then((result) => {
    // The failed attempt is counted (committed) before the error is raised.
    if ("failed" in result) throw new AppError("VALIDATION", { userMessage: "notify.settings.errors.codeInvalid" });
    return result;
  });
}

export async function getConfirmedEmail(ctx: RequestContext): Promise<string | null> {
  const userId = userIdOf(ctx.actor);
  const [row] = await getDb().select({ email: users.email, verified: users.emailVerified }).from(users).where(eq(users.id, userId));
  return row?.email && row.verified ? row.email : null;
}
