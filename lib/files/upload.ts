/**
 * One upload into a draft's attachment field: check who and where, read within the limit while
 * hashing, check the type by content, store, scan, and only a clean file joins the draft.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts, storedFiles } from "@/db/schema";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { getService } from "@/lib/catalog/registry";
import { filesConfig } from "@/lib/env";
import type { FileRef } from "@/lib/forms/types";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { logger } from "@/lib/log";
import { fileRefsOf } from "./file-refs";
import { acceptLabel, fileLimitsOf, fileTypes, formatFileSize } from "./limits";
import { uploadErrorMessage, type UploadErrorCode } from "./messages";
import { sanitizeFileName, withMatchingExtension } from "./names";
import { readLimited, type ByteSource } from "./read-limited";
import { scanContent, type ScanVerdict } from "./scanner";
import { sniffFileType } from "./sniff";
import { fileStorage } from "./storage";
import { findFileField } from "./upload-target";

/** Room for the multipart boundaries and the small text fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export type UploadInput = {
  draftId: string;
  fieldKey: string;
  fileName: string;
  source: ByteSource;
  /** The request's Content-Length, when known: a body clearly over the limit is refused unread. */
  declaredBytes?: number;
};

export type UploadFailure = { ok: false; code: UploadErrorCode; message: string; status: number; stepId?: string };
export type UploadResult = { ok: true; file: FileRef; stepId: string } | UploadFailure;

/** Throws NOT_FOUND (AppError) for a draft that is not the actor's. */
export async function uploadFile(ctx: RequestContext, input: UploadInput): Promise<UploadResult> {
  const actor = requireResident(ctx.actor, "draft.save");
  const draft = await getDraftForApplicant(ctx, input.draftId);
  const target = findFileField(getService(draft.serviceId).form, input.fieldKey);
  if (!target) return failure(ctx, "unknownField", 400);
  const limits = fileLimitsOf(target.field);
  const params = { types: acceptLabel(limits.accept, ctx.locale), maxSize: formatFileSize(limits.maxBytes, ctx.locale), maxFiles: limits.maxFiles };
  const fail = (code: UploadErrorCode, status: number, name?: string) => failure(ctx, code, status, target.stepId, { ...params, name });

  if (fileRefsOf(draft.answers[target.field.key]).length >= limits.maxFiles) return fail("tooMany", 409);
  if (input.declaredBytes !== undefined && input.declaredBytes > limits.maxBytes + MULTIPART_OVERHEAD) return fail("tooLarge", 413);
  const read = await readLimited(input.source, limits.maxBytes);
  if (!read.ok) return fail("tooLarge", 413);
  if (read.size === 0) return fail(input.fileName ? "empty" : "noFile", 400);
  const name = sanitizeFileName(input.fileName);
  const sniffed = await sniffFileType(read.content, limits.accept);
  if (!sniffed.ok) return fail(sniffed.code, 415, name);

  const file: Omit<FileRef, "id"> = {
    name: withMatchingExtension(name, fileTypes[sniffed.type].extensions),
    size: read.size,
    sha256: read.sha256,
    contentType: sniffed.contentType,
  };
  const [row] = await getDb()
    .insert(storedFiles)
    .values({ ownerId: actor.userId, draftId: draft.id, fieldKey: target.field.key, ...file, scanStatus: "pending", createdAt: ctx.now })
    .returning({ id: storedFiles.id });
  const id = row!.id;
  await fileStorage().put(id, read.content);

  const verdict = await scanContent(read.content);
  await recordVerdict(id, verdict);
  if (verdict.status !== "clean") {
    logger[verdict.status === "infected" ? "warn" : "error"]("upload not clean", { requestId: ctx.requestId, fileId: id, scan: verdict.status });
    if (verdict.status === "infected") {
      await fileStorage().delete(id);
      return fail("infected", 422);
    }
    const devWithoutScanner = verdict.status === "unconfigured" && filesConfig().NODE_ENV !== "production";
    return fail(devWithoutScanner ? "scannerNotConfigured" : "scanUnavailable", 503);
  }

  const ref: FileRef = { id, ...file };
  if (!(await addToDraft(ctx, draft.id, target.field.key, ref, limits.maxFiles))) {
    await getDb().delete(storedFiles).where(eq(storedFiles.id, id));
    return fail("tooMany", 409);
  }
  return { ok: true, file: ref, stepId: target.stepId };
}

async function recordVerdict(id: string, verdict: ScanVerdict): Promise<void> {
  const scanStatus = verdict.status === "unconfigured" ? "error" : verdict.status;
  const scanDetail = verdict.status === "unconfigured" ? "scanner not configured" : verdict.status === "clean" ? null : verdict.detail;
  await getDb().update(storedFiles).set({ scanStatus, scanDetail }).where(eq(storedFiles.id, id));
}

/** Appends under a row lock, re-checking the count: two parallel uploads cannot pass maxFiles. */
async function addToDraft(ctx: RequestContext, draftId: string, key: string, ref: FileRef, maxFiles: number): Promise<boolean> {
  const actor = requireResident(ctx.actor, "draft.save");
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ answers: drafts.answers })
      .from(drafts)
      .where(and(eq(drafts.id, draftId), eq(drafts.applicantId, actor.userId)))
      .for("update");
    if (!row) return false;
    const list = fileRefsOf(row.answers[key]);
    if (list.length >= maxFiles) return false;
    await tx.update(drafts).set({ answers: { ...row.answers, [key]: [...list, ref] }, updatedAt: ctx.now }).where(eq(drafts.id, draftId));
    return true;
  });
}

function failure(ctx: RequestContext, code: UploadErrorCode, status: number, stepId?: string, params = {}): UploadFailure {
  return { ok: false, code, status, stepId, message: uploadErrorMessage(code, ctx.locale, params) };
}
