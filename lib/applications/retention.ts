/**
 * Drafts past the retention period, and uploads that never reached a case, are removed by a
 * scheduled job (no server-only imports: it runs in the worker).
 */
import { and, isNull, lt, or } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { drafts, storedFiles } from "@/db/schema";

export const DEFAULT_DRAFT_RETENTION_DAYS = 30;

export async function removeExpiredDrafts(db: Executor, now: Date, retentionDays = DEFAULT_DRAFT_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const removed = await db.delete(drafts).where(lt(drafts.updatedAt, cutoff)).returning({ id: drafts.id });
  // Unfinished uploads: files whose draft is gone (or that are older than a draft may live) and no case took.
  await db.delete(storedFiles).where(and(isNull(storedFiles.caseId), or(isNull(storedFiles.draftId), lt(storedFiles.createdAt, cutoff))));
  return removed.length;
}
