/** What the header shows about who is signed in; never fails the page if the database is down. */
import "server-only";

import { logger } from "@/lib/log";
import { countUnreadNotifications } from "@/lib/notify/queries";
import { getRequestContext } from "./context";
import { isGranted } from "./policy";
import { getSessionExpiry } from "./session";

export type HeaderIdentity =
  | { kind: "anonymous" }
  | { kind: "resident" | "staff"; name: string; unread: number; outboxAdmin: boolean; sessionExpires: string | null };

export async function getHeaderIdentity(): Promise<HeaderIdentity> {
  try {
    const ctx = await getRequestContext();
    const { actor } = ctx;
    if (actor.type !== "resident" && actor.type !== "staff") return { kind: "anonymous" };
    const name = actor.type === "resident" ? `${actor.givenName} ${actor.familyName}` : actor.name;
    const [unread, expires] = await Promise.all([countUnreadNotifications(ctx), getSessionExpiry(ctx)]);
    return { kind: actor.type, name, unread, outboxAdmin: isGranted(actor, "outbox.admin"), sessionExpires: expires?.toISOString() ?? null };
  } catch (error) {
    logger.warn("header identity unavailable", { error: error instanceof Error ? error.message : String(error) });
    return { kind: "anonymous" };
  }
}
