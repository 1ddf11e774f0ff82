/**
 * Where file content lives. PostgreSQL (the `content` column of stored_files) by default; an S3
 * or disk implementation only has to provide these three operations.
 */
import "server-only";

import type { Readable } from "node:stream";

import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import { storedFiles } from "@/db/schema";

export interface FileStorage {
  /** Stores the bytes of a file whose stored_files row already exists. */
  put(id: string, body: Readable | Buffer): Promise<void>;
  /** The bytes, or null when there are none. */
  get(id: string): Promise<Buffer | null>;
  delete(id: string): Promise<void>;
}

async function toBuffer(body: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

export function postgresStorage(db: () => Executor = getDb): FileStorage {
  return {
    async put(id, body) {
      const content = await toBuffer(body);
      const updated = await db().update(storedFiles).set({ content }).where(eq(storedFiles.id, id)).returning({ id: storedFiles.id });
      if (updated.length !== 1) throw new Error(`No stored_files row ${id} to hold the content`);
    },
    async get(id) {
      const [row] = await db().select({ content: storedFiles.content }).from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
      return row?.content ?? null;
    },
    async delete(id) {
      await db().update(storedFiles).set({ content: null }).where(eq(storedFiles.id, id));
    },
  };
}

let current: FileStorage | undefined;

export function fileStorage(): FileStorage {
  current ??= postgresStorage();
  return current;
}
