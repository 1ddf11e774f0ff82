/** The app's database: one pool per process, created on first use (never during `next build`). */
import "server-only";

import type pg from "pg";

import { databaseConfig } from "@/lib/env";
import { logger } from "@/lib/log";
import { createDatabase, createPool, type Database } from "./client";

type Holder = { pool: pg.Pool; db: Database };
const globalForDb = globalThis as unknown as { okienkoDb?: Holder };

function holder(): Holder {
  if (!globalForDb.okienkoDb) {
    const pool = createPool(databaseConfig().DATABASE_URL, {
      max: databaseConfig().DATABASE_POOL_MAX,
      onError: (error) => logger.error("database pool error", { error: error.message }),
    });
    globalForDb.okienkoDb = { pool, db: createDatabase(pool) };
  }
  return globalForDb.okienkoDb;
}

export function getDb(): Database {
  return holder().db;
}

export function getPool(): pg.Pool {
  return holder().pool;
}
