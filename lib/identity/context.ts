/**
 * The request context every lib function takes: who acts, a request id for the logs, and
 * the time (one `now` per request so a command sees a single instant).
 */
import "server-only";

import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";

import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadActor } from "./load-actor";

export type RequestContext = { actor: Actor; requestId: string; now: Date; locale: Locale };

export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const session = await auth();
  const actor: Actor = session?.user?.id ? await loadActor(session.user.id) : { type: "anonymous" };
  return { actor, requestId: randomUUID(), now: new Date(), locale: await getLocale() };
});

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get("locale")?.value;
  return isLocale(value) ? value : defaultLocale;
}

/** For jobs, scripts and tests. */
export function systemContext(job: string, now = new Date()): RequestContext {
  return { actor: { type: "system", job }, requestId: randomUUID(), now, locale: defaultLocale };
}
