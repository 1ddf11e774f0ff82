/**
 * Connection factory shared by the app, the migrator, the seed and tests.
 * The app itself uses `db/index.ts`, which keeps one pool per process.
 */
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";

import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: commands accept both. */
export type Executor = Database | Transaction;

export type PoolOptions = { max?: number; onError?: (error: Error) => void };

export function createPool(databaseUrl: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Guard rails: a stuck statement or an abandoned transaction must not hold locks forever.
    options: "-c statement_timeout=15000 -c idle_in_transaction_session_timeout=30000 -c lock_timeout=10000",
  });
  // Without this handler a restart of PostgreSQL kills the whole Node process.
  pool.on("error", options.onError ?? (() => {}));
  return pool;
}

export function createDatabase(pool: pg.Pool): Database {
  return drizzle(pool, { schema });
}
