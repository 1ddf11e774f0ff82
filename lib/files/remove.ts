/** Removing an attachment from a draft, by its owner, before the draft is submitted. */
import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts, storedFiles } from "@/db/schema";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { getService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { fileRefsOf } from "./file-refs";
import { fileStorage } from "./storage";
import { findFileField } from "./upload-target";

export type RemovedFile = { draftId: string; stepId: string | null };

/** Throws NOT_FOUND for a file that is not the actor's, or already part of a submitted case. */
export async function removeFileFromDraft(ctx: RequestContext, fileId: string): Promise<RemovedFile> {
  const actor = requireResident(ctx.actor, "draft.save");
  if (!isUuid(fileId)) throw new AppError("NOT_FOUND");
  const [file] = await getDb()
    .select({ id: storedFiles.id, draftId: storedFiles.draftId, fieldKey: storedFiles.fieldKey })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerId, actor.userId), isNull(storedFiles.caseId)))
    .limit(1);
  if (!file?.draftId) throw new AppError("NOT_FOUND");
  const draft = await getDraftForApplicant(ctx, file.draftId);

  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ answers: drafts.answers })
      .from(drafts)
      .where(and(eq(drafts.id, draft.id), eq(drafts.applicantId, actor.userId)))
      .for("update");
    if (!row) throw new AppError("NOT_FOUND");
    const list = fileRefsOf(row.answers[file.fieldKey]);
    const kept = list.filter((ref) => ref.id !== file.id);
    if (kept.length !== list.length) {
      await tx.update(drafts).set({ answers: { ...row.answers, [file.fieldKey]: kept }, updatedAt: ctx.now }).where(eq(drafts.id, draft.id));
    }
    await tx.delete(storedFiles).where(eq(storedFiles.id, file.id));
  });
  // The row (and with PostgreSQL storage the bytes) is gone; other storages drop the bytes here.
  await fileStorage().delete(file.id).catch(() => {});
  return { draftId: draft.id, stepId: findFileField(getService(draft.serviceId).form, file.fieldKey)?.stepId ?? null };
}
