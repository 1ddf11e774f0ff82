/** Queue names and their retry policies: the one place that says how jobs are retried. */
import type PgBoss from "pg-boss";

export const EMAIL_QUEUE = "notify-email";
export const EMAIL_DEAD_LETTER_QUEUE = "notify-email-dead";
export const RETENTION_QUEUE = "maintenance-retention";
export const DEADLINE_QUEUE = "cases-deadline-warnings";

export type EmailJob = { notificationId: string; code?: string };

/** Tests shorten the waits through the environment; production keeps the defaults. */
function seconds(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function queueDefinitions(): PgBoss.Queue[] {
  return [
    { name: EMAIL_DEAD_LETTER_QUEUE, retentionDays: 30 },
    {
      name: EMAIL_QUEUE,
      retryLimit: seconds("EMAIL_RETRY_LIMIT", 8),
      retryDelay: seconds("EMAIL_RETRY_DELAY_SECONDS", 30),
      retryBackoff: true,
      // A worker killed mid-send leaves the job active; it is retried once this has passed.
      expireInSeconds: seconds("EMAIL_JOB_EXPIRE_SECONDS", 120),
      deadLetter: EMAIL_DEAD_LETTER_QUEUE,
      retentionDays: 7,
    },
    { name: RETENTION_QUEUE, retryLimit: 3 },
    { name: DEADLINE_QUEUE, retryLimit: 3 },
  ];
}

export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const queue of queueDefinitions()) {
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
}
