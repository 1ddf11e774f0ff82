/**
 * The web app's handle on the job queue. It only enqueues (always inside a transaction, see
 * tx-executor.ts); the worker process runs the jobs. Nothing here starts polling.
 */
import PgBoss from "pg-boss";

import type { Executor } from "@/db/client";
import { executorFor } from "./tx-executor";

const globalForBoss = globalThis as unknown as { okienkoBoss?: PgBoss };

function enqueuer(): PgBoss {
  // The constructor needs a connection; every send passes the transaction's instead.
  globalForBoss.okienkoBoss ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("enqueue only inside a transaction")) } });
  return globalForBoss.okienkoBoss;
}

export async function enqueueInTransaction(tx: Executor, queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
  await enqueuer().send(queue, data, { ...options, db: executorFor(tx) });
}
