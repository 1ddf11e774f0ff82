/** Drafts past the retention period are removed by a scheduled job (no server-only imports). */
import { lt } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { drafts } from "@/db/schema";

export const DEFAULT_DRAFT_RETENTION_DAYS = 30;

export async function removeExpiredDrafts(db: Executor, now: Date, retentionDays = DEFAULT_DRAFT_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const removed = await db.delete(drafts).where(lt(drafts.updatedAt, cutoff)).returning({ id: drafts.id });
  return removed.length;
}
