/**
 * `npm run audit:verify`: checks every case's metryka chain in DATABASE_URL. Exit 0 when all
 * hold; 1 naming the first broken link of each broken case; 2 on usage errors.
 */
import { createDatabase, createPool } from "../db/client";
import { verifyAllChains } from "../lib/cases/audit-chain";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    return 2;
  }
  const pool = createPool(url, { max: 2 });
  try {
    const result = await verifyAllChains(createDatabase(pool), (n) => console.log(`… ${n} cases checked`));
    if (result.broken.length === 0) {
      console.log(`OK: ${result.cases} cases, ${result.events} events, every chain holds.`);
      return 0;
    }
    for (const link of result.broken) console.log(`BROKEN: case ${link.caseId}, event ${link.eventId} (${link.reason})`);
    console.log(`${result.broken.length} of ${result.cases} cases have a broken chain.`);
    return 1;
  } finally {
    await pool.end();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
