/**
 * Who may download an attachment: its uploader, and once it belongs to a submitted case, whoever
 * may see that case (the same SQL rule as every case query). Only clean files; others: NOT_FOUND.
 */
import "server-only";

import { and, eq, or, sql } from "drizzle-orm";

import { getDb } from "@/db";
import { cases, storedFiles } from "@/db/schema";
import { caseVisibleTo } from "@/lib/cases/visibility";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "@/lib/identity/context";
import { isGranted } from "@/lib/identity/policy";
import { isUuid } from "@/lib/ids";
import { fileStorage } from "./storage";

export type DownloadableFile = { id: string; name: string; contentType: string; size: number; sha256: string; content: Buffer };

export async function getFileForDownload(ctx: RequestContext, fileId: string): Promise<DownloadableFile> {
  if (!isUuid(fileId)) throw new AppError("NOT_FOUND");
  const actor = ctx.actor;
  const ownFile = actor.type === "resident" && isGranted(actor, "draft.save") ? eq(storedFiles.ownerId, actor.userId) : sql`false`;
  const caseFile =
    (actor.type === "resident" && isGranted(actor, "case.read_own")) || (actor.type === "staff" && isGranted(actor, "case.read_office"))
      ? caseVisibleTo(actor)
      : sql`false`;
  const [row] = await getDb()
    .select({ id: storedFiles.id, name: storedFiles.name, contentType: storedFiles.contentType, size: storedFiles.size, sha256: storedFiles.sha256 })
    .from(storedFiles)
    .leftJoin(cases, eq(cases.id, storedFiles.caseId))
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.scanStatus, "clean"), or(ownFile, caseFile)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  const content = await fileStorage().get(row.id);
  if (!content) throw new AppError("NOT_FOUND");
  return { ...row, content };
}
