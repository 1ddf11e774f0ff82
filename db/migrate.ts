/** Programmatic migrator: the same committed migrations for the embedded and any other server. */
import { fileURLToPath } from "node:url";

import { migrate } from "drizzle-orm/node-postgres/migrator";

import { createDatabase, createPool } from "./client";

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
/** Arbitrary constant: serialises migrators started at the same time (e.g. two dev servers). */
const MIGRATION_LOCK = 7_301_001;

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const pool = createPool(databaseUrl, { max: 2 });
  try {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrate(createDatabase(pool), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  } finally {
    await pool.end();
  }
}
