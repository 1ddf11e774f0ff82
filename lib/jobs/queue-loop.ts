/**
 * A fetch–handle–complete loop on pg-boss primitives. pg-boss's own `work()` waits a whole polling
 * interval after every batch, even when more jobs are waiting; this loop fetches again at once
 * while there is work and sleeps only when the queue is empty. Each job is completed or failed on
 * its own, so one bad message never retries its neighbours.
 */
import type PgBoss from "pg-boss";

export type QueueLoop = { stop(): Promise<void> };
export type JobHandler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

export function startQueueLoop<T extends object>(
  boss: PgBoss,
  queue: string,
  handler: JobHandler<T>,
  options: { batchSize: number; idleMs: number; onError: (error: Error) => void },
): QueueLoop {
  let stopping = false;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });

  const loop = (async () => {
    while (!stopping) {
      let jobs: PgBoss.JobWithMetadata<T>[] = [];
      try {
        jobs = (await boss.fetch<T>(queue, { batchSize: options.batchSize, includeMetadata: true })) ?? [];
      } catch (error) {
        options.onError(error as Error);
      }
      for (const job of jobs) {
        try {
          await handler(job);
          await boss.complete(queue, job.id);
        } catch (error) {
          await boss.fail(queue, job.id, { message: (error as Error).message }).catch((e: Error) => options.onError(e));
        }
      }
      if (jobs.length === 0 && !stopping) await sleep(options.idleMs);
    }
  })();

  return {
    async stop() {
      stopping = true;
      (wake as (() => void) | null)?.();
      await loop;
    },
  };
}
