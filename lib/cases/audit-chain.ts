/**
 * Checks the metryka chains: every event's hash matches its fields and the case's previous
 * event's hash. Reports the first broken link of each case. Used by `npm run audit:verify`.
 */
import { asc, eq, sql } from "drizzle-orm";

import type { Database } from "@/db/client";
import { caseEvents } from "@/db/schema";
import { eventHash } from "./event-hash";

export type BrokenLink = { caseId: string; eventId: number; reason: "hash" | "link" | "missing" };

type EventRow = typeof caseEvents.$inferSelect;

/** The first broken link of one case's ordered events, or null when the chain holds. */
export function firstBrokenLink(events: EventRow[]): BrokenLink | null {
  let previous: string | null = null;
  for (const event of events) {
    if (!event.hash) return { caseId: event.caseId, eventId: event.id, reason: "missing" };
    if (event.prevHash !== previous) return { caseId: event.caseId, eventId: event.id, reason: "link" };
    if (eventHash(event) !== event.hash) return { caseId: event.caseId, eventId: event.id, reason: "hash" };
    previous = event.hash;
  }
  return null;
}

export async function verifyCaseChain(db: Database, caseId: string): Promise<BrokenLink | null> {
  return firstBrokenLink(await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)));
}

/** Every case's chain, read in batches of events ordered by case; returns the broken links found. */
export async function verifyAllChains(db: Database, onProgress?: (cases: number) => void): Promise<{ cases: number; events: number; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = [];
  let cases = 0;
  let events = 0;
  let current: EventRow[] = [];
  const flush = () => {
    if (current.length === 0) return;
    cases++;
    const link = firstBrokenLink(current);
    if (link) broken.push(link);
    current = [];
    if (onProgress && cases % 10_000 === 0) onProgress(cases);
  };
  let after: { caseId: string; id: number } | null = null;
  for (;;) {
    const batch: EventRow[] = await db
      .select()
      .from(caseEvents)
      .where(after ? sqlAfter(after) : undefined)
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.id))
      .limit(5000);
    if (batch.length === 0) break;
    for (const event of batch) {
      if (current.length > 0 && current[0]!.caseId !== event.caseId) flush();
      current.push(event);
      events++;
    }
    const last = batch[batch.length - 1]!;
    after = { caseId: last.caseId, id: last.id };
  }
  flush();
  return { cases, events, broken };
}

/** Keyset pagination over (case, event). */
function sqlAfter(after: { caseId: string; id: number }) {
  return sql`(${caseEvents.caseId}, ${caseEvents.id}) > (${after.caseId}::uuid, ${after.id})`;
}
