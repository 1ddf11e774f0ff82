/** What the header shows about who is signed in; never fails the page if the database is down. */
import "server-only";

import { logger } from "@/lib/log";
import { getRequestContext } from "./context";

export type HeaderIdentity = { kind: "anonymous" } | { kind: "resident" | "staff"; name: string };

export async function getHeaderIdentity(): Promise<HeaderIdentity> {
  try {
    const { actor } = await getRequestContext();
    if (actor.type === "resident") return { kind: "resident", name: `${actor.givenName} ${actor.familyName}` };
    if (actor.type === "staff") return { kind: "staff", name: actor.name };
  } catch (error) {
    logger.warn("header identity unavailable", { error: error instanceof Error ? error.message : String(error) });
  }
  return { kind: "anonymous" };
}
