/** Migrations and demo data through the app's own modules. */
import { migrateDatabase } from "../../db/migrate";
import { seedDemoData } from "../../db/seed";

export async function migrate(databaseUrl: string): Promise<void> {
  await migrateDatabase(databaseUrl);
}

export async function seedDemo(databaseUrl: string): Promise<boolean> {
  return (await seedDemoData(databaseUrl)).seeded;
}

/** The URL without its password, for printing. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
