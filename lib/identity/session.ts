/** The current database session: when it expires, and extending it on request. */
import "server-only";

import { and, eq, gt } from "drizzle-orm";
import { cookies } from "next/headers";

import { getDb } from "@/db";
import { sessions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "./context";

/**
 * Idle timeout: a session unused this long ends (each request extends it, at most every
 * SESSION_UPDATE_AGE_SECONDS). An hour suits filling in a long form; the warning comes before.
 */
export const SESSION_MAX_AGE_SECONDS = 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 5 * 60;
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

export async function getSessionExpiry(ctx: RequestContext): Promise<Date | null> {
  if (ctx.actor.type !== "resident" && ctx.actor.type !== "staff") return null;
  const token = await currentSessionToken();
  if (!token) return null;
  const [row] = await getDb().select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token));
  return row?.expires ?? null;
}

/** Pushes the current session's end to a full period from now; only a live session can be extended. */
export async function extendSession(ctx: RequestContext): Promise<Date> {
  if (ctx.actor.type !== "resident" && ctx.actor.type !== "staff") throw new AppError("UNAUTHENTICATED");
  const token = await currentSessionToken();
  if (!token) throw new AppError("UNAUTHENTICATED");
  const expires = new Date(ctx.now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  const updated = await getDb()
    .update(sessions)
    .set({ expires })
    .where(and(eq(sessions.sessionToken, token), eq(sessions.userId, ctx.actor.userId), gt(sessions.expires, ctx.now)))
    .returning({ expires: sessions.expires });
  if (updated.length === 0) throw new AppError("UNAUTHENTICATED");
  return expires;
}
