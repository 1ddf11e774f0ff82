/** Programmatic migrator: the same committed migrations for the embedded and any other server. */
import { fileURLToPath } from "node:url";

import { migrate } from "drizzle-orm/node-postgres/migrator";
import PgBoss from "pg-boss";

import { ensureQueues } from "../lib/jobs/queues";

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
      await migrateJobQueue(databaseUrl);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  } finally {
    await pool.end();
  }
}

/** pg-boss keeps its own schema (`pgboss`); it is created and its queues declared here, once. */
async function migrateJobQueue(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2, supervise: false, schedule: false });
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
