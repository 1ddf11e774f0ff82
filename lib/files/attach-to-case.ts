/** Hands a submitted draft's attachments over to its case. */
import "server-only";

import { and, eq, inArray, isNull } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { drafts, storedFiles } from "@/db/schema";
import type { AnswerValue, Answers } from "@/lib/forms/types";
import { isUuid } from "@/lib/ids";
import { fileRefsOf, isFileRef } from "./file-refs";

/**
 * Call inside the submission transaction, after the case row is inserted: every clean file the
 * draft's answers reference gets `case_id`, so those who may see the case may download it.
 * Files uploaded but not in the answers (refused, removed) stay with the draft only.
 * Returns how many files were attached.
 */
export async function attachFilesToCase(tx: Executor, draftId: string, caseId: string): Promise<number> {
  const [draft] = await tx.select({ answers: drafts.answers }).from(drafts).where(eq(drafts.id, draftId)).limit(1);
  if (!draft) return 0;
  const ids = referencedFileIds(draft.answers);
  if (ids.length === 0) return 0;
  const attached = await tx
    .update(storedFiles)
    .set({ caseId })
    .where(and(inArray(storedFiles.id, ids), eq(storedFiles.draftId, draftId), eq(storedFiles.scanStatus, "clean"), isNull(storedFiles.caseId)))
    .returning({ id: storedFiles.id });
  return attached.length;
}

/** File ids anywhere in the answers, including file fields inside repeatable group items. */
export function referencedFileIds(answers: Answers): string[] {
  const ids = new Set<string>();
  const visit = (value: AnswerValue | undefined) => {
    if (!Array.isArray(value)) return;
    for (const ref of fileRefsOf(value)) if (isUuid(ref.id)) ids.add(ref.id);
    for (const item of value as unknown[]) {
      if (item && typeof item === "object" && !isFileRef(item)) Object.values(item as Answers).forEach(visit);
    }
  };
  Object.values(answers).forEach(visit);
  return [...ids];
}
