import "server-only";

import { getPool } from "@/db";

/** True when the database answers within the timeout. */
export async function isDatabaseReachable(timeoutMs = 2_000): Promise<boolean> {
  const probe = getPool().query("select 1").then(() => true);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  return Promise.race([probe, timeout]).catch(() => false);
}
