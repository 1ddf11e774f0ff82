/** A fresh database per `npm test` run on the embedded test server. */
import pg from "pg";

const PREFIX = "okienko_test_";
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates `okienko_test_<epoch ms>` next to `adminUrl`'s database and returns its URL; drops the
 * test databases of runs older than a day (newer ones are kept for looking into failures).
 */
export async function createFreshTestDatabase(adminUrl: string, log: (msg: string) => void): Promise<string> {
  const client = new pg.Client(adminUrl);
  client.on("error", () => {});
  await client.connect();
  try {
    const existing = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${PREFIX}%`],
    );
    for (const { datname } of existing.rows) {
      const createdAt = Number(datname.slice(PREFIX.length));
      if (!Number.isFinite(createdAt) || Date.now() - createdAt < DAY_MS) continue;
      try {
        await client.query(`drop database if exists ${client.escapeIdentifier(datname)}`);
        log(`dropped old test database ${datname}`);
      } catch (error) {
        log(`could not drop ${datname}: ${(error as Error).message}`);
      }
    }
    const name = `${PREFIX}${Date.now()}`;
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await client.end().catch(() => {});
  }
}
