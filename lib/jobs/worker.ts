/**
 * The worker process (`npm run worker`): delivers e-mail from the outbox and runs scheduled
 * jobs. At-least-once: a job is completed only after its work is done; a worker that dies
 * mid-job leaves it to be retried once it expires. Stops gracefully on SIGTERM.
 */
import PgBoss from "pg-boss";

import { createDatabase, createPool } from "@/db/client";
import { DEFAULT_DRAFT_RETENTION_DAYS, removeExpiredDrafts } from "@/lib/applications/retention";
import { databaseConfig, mailConfig } from "@/lib/env";
import { logger } from "@/lib/log";
import { deliverEmail, recordEmailFailure } from "@/lib/notify/deliver-email";
import { createMailer } from "@/lib/notify/mailer";
import { DEADLINE_QUEUE, EMAIL_QUEUE, ensureQueues, RETENTION_QUEUE, type EmailJob } from "./queues";
import { parseThresholds, sendDeadlineWarnings } from "@/lib/cases/deadline-warnings";
import { startQueueLoop } from "./queue-loop";

export type RunningWorker = { stop(): Promise<void> };

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Fault injection for the crash tests; refused in production. */
function crashAfterSendHook(): ((to: string) => void) | undefined {
  if (process.env.WORKER_FAULT !== "crash-after-send") return undefined;
  if (process.env.NODE_ENV === "production") throw new Error("WORKER_FAULT is not allowed in production");
  // WORKER_FAULT_TO limits the crash to one address, so other tests' mail in a shared queue is sent normally.
  const only = process.env.WORKER_FAULT_TO;
  return (to) => {
    if (!only || to === only) process.kill(process.pid, "SIGKILL");
  };
}

export async function startWorker(): Promise<RunningWorker> {
  const databaseUrl = databaseConfig().DATABASE_URL;
  const pool = createPool(databaseUrl, { max: 4, onError: (e) => logger.error("worker pool error", { error: e.message }) });
  const db = createDatabase(pool);
  const mailer = createMailer();
  const crash = crashAfterSendHook();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 4,
    maintenanceIntervalSeconds: numberFromEnv("JOBS_MAINTENANCE_INTERVAL_SECONDS", 60),
  });
  boss.on("error", (error) => logger.error("job queue error", { error: error.message }));
  await boss.start();
  await ensureQueues(boss);

  const pollingIntervalSeconds = numberFromEnv("JOBS_POLLING_INTERVAL_SECONDS", 2);
  const emailLoop = startQueueLoop<EmailJob>(
    boss,
    EMAIL_QUEUE,
    async (job) => {
      const afterSend = job.retryCount === 0 ? crash : undefined;
      try {
        const status = await deliverEmail({ db, mailer, appUrl: mailConfig().APP_URL, afterSend }, job.data);
        logger.info("email job done", { jobId: job.id, notificationId: job.data.notificationId, status });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn("email job failed", { jobId: job.id, attempt: job.retryCount + 1, error: message });
        // The last attempt: the job goes to the dead-letter queue and the office admin sees it.
        if (job.retryCount >= job.retryLimit) await recordEmailFailure(db, job.data.notificationId, message);
        throw error;
      }
    },
    { batchSize: 10, idleMs: pollingIntervalSeconds * 1000, onError: (e) => logger.error("email queue error", { error: e.message }) },
  );

  const retentionDays = numberFromEnv("DRAFT_RETENTION_DAYS", DEFAULT_DRAFT_RETENTION_DAYS);
  await boss.schedule(RETENTION_QUEUE, "17 3 * * *", {}, { tz: "Europe/Warsaw" });
  await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds }, async () => {
    const removed = await removeExpiredDrafts(db, new Date(), retentionDays);
    logger.info("expired drafts removed", { removed, retentionDays });
  });

  // Deadline warnings each working morning and at noon (a case assigned mid-morning is not missed).
  const thresholds = parseThresholds(process.env.DEADLINE_WARNING_DAYS);
  await boss.schedule(DEADLINE_QUEUE, "0 7,12 * * *", {}, { tz: "Europe/Warsaw" });
  await boss.work(DEADLINE_QUEUE, { pollingIntervalSeconds }, async () => {
    const sent = await sendDeadlineWarnings(db, new Date(), thresholds);
    logger.info("deadline warnings sent", { sent, thresholds: thresholds.join(",") });
  });

  logger.info("worker started", { queues: `${EMAIL_QUEUE},${RETENTION_QUEUE},${DEADLINE_QUEUE}` });
  return {
    async stop() {
      // Lets running jobs finish (or hands them back) before the connections close.
      await emailLoop.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      mailer.close();
      await pool.end();
      logger.info("worker stopped");
    },
  };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (isMain) {
  const worker = await startWorker();
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      worker.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error("worker stop failed", { error: error instanceof Error ? error.message : String(error) });
          process.exit(1);
        },
      );
    });
  }
}
