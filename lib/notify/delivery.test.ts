/**
 * E-mail delivery end to end on real PostgreSQL, a real SMTP server (the dev catcher) and the
 * real worker process: outages, crashes, two workers, rollbacks, unconfirmed addresses, replay.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { notifications, users } from "@/db/schema";
import { createOffice, createResident, createStaff, createDepartment } from "@/db/seed/factories";
import { getDb } from "@/db";
import { contextFor, makeResident, testDb, testPool } from "@/lib/testing/database";
import { startTestWorker, waitFor, type TestWorker } from "@/lib/testing/processes";
import { startDevMailCatcher, type RunningDevMailCatcher } from "./dev-mail-catcher/server";
import type { CaughtMessage } from "./dev-mail-catcher/store";
import { listFailedEmails, replayFailedEmail } from "./failed-emails";
import { notify } from "./notify";

let catcher: RunningDevMailCatcher;
let api: string;
const workers: TestWorker[] = [];

const baseEnv = () => ({
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(catcher.smtpPort),
  APP_URL: "http://localhost:3999",
  JOBS_POLLING_INTERVAL_SECONDS: "0.5",
  JOBS_MAINTENANCE_INTERVAL_SECONDS: "1",
  EMAIL_RETRY_DELAY_SECONDS: "1",
  EMAIL_JOB_EXPIRE_SECONDS: "3",
  EMAIL_RETRY_LIMIT: "30",
  LOG_LEVEL: "info",
});

async function worker(extra: Record<string, string> = {}): Promise<TestWorker> {
  const started = await startTestWorker({ ...baseEnv(), ...extra });
  workers.push(started);
  return started;
}

async function messagesTo(address: string): Promise<CaughtMessage[]> {
  return (await fetch(`${api}/api/messages?to=${encodeURIComponent(address)}`)).json() as Promise<CaughtMessage[]>;
}

async function outage(down: boolean) {
  await fetch(`${api}/api/outage`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ down }) });
}

/** A resident with a confirmed address and one notification for them, committed. */
async function notifiedResident(officeId: string | null = null, email = `r-${crypto.randomUUID()}@example.pl`) {
  const user = await createResident(testDb, { email });
  const id = await getDb().transaction((tx) => notify(tx, contextFor({ type: "system", job: "test" }), { kind: "submission_received", recipientId: user.id, officeId, params: { caseNumber: "SO.5341.1.2026" } }));
  return { user, email, notificationId: id };
}

const statusOf = async (id: string) => (await testDb.select().from(notifications).where(eq(notifications.id, id)))[0]!;

beforeAll(async () => {
  catcher = await startDevMailCatcher({ smtpPort: 0, httpPort: 0 });
  api = `http://127.0.0.1:${catcher.httpPort}`;
});

afterAll(async () => {
  for (const w of workers) await w.stop();
  await catcher.close();
  await testPool.end();
});

describe("e-mail delivery", () => {
  it("sends nothing when the transaction that caused the event rolls back", async () => {
    const user = await createResident(testDb, { email: `rb-${crypto.randomUUID()}@example.pl` });
    let created = "";
    await expect(
      getDb().transaction(async (tx) => {
        created = await notify(tx, contextFor({ type: "system", job: "test" }), { kind: "submission_received", recipientId: user.id, params: { caseNumber: "X" } });
        throw new Error("the business change failed");
      }),
    ).rejects.toThrow("the business change failed");
    expect(created).not.toBe("");
    expect(await testDb.select().from(notifications).where(eq(notifications.id, created))).toEqual([]);
    const jobs = await testDb.execute(sql`select 1 from pgboss.job where data->>'notificationId' = ${created}`);
    expect(jobs.rows).toHaveLength(0);
  });

  it("delivers a confirmed address's e-mail with no PESEL and no form content, and stops gracefully", async () => {
    const w = await worker();
    const { user, email, notificationId } = await notifiedResident();
    await waitFor(async () => (await messagesTo(email)).length === 1, 60_000, () => `mail to ${email}`);
    const [message] = await messagesTo(email);
    expect(message!.subject).toBe("Wniosek złożony: SO.5341.1.2026");
    expect(message!.text).toContain("http://localhost:3999/account/notifications");
    expect(message!.text).not.toContain(user.pesel!);
    expect(message!.html).not.toContain(user.pesel!);
    expect(message!.messageId).toContain(notificationId);
    expect((await statusOf(notificationId)).emailStatus).toBe("sent");
    expect(await w.stop()).toBe(0);
  });

  it("keeps messages while SMTP is down and delivers them when it is back", async () => {
    await outage(true);
    await worker();
    const { email, notificationId } = await notifiedResident();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await messagesTo(email)).toEqual([]);
    expect((await statusOf(notificationId)).emailStatus).toBe("pending");
    await outage(false);
    await waitFor(async () => (await messagesTo(email)).length === 1, 30_000, () => `mail to ${email} after the outage`);
    expect((await statusOf(notificationId)).emailStatus).toBe("sent");
  });

  it("re-sends once after a worker is killed between sending and recording, and the mailbox shows it once", async () => {
    for (const w of workers.splice(0)) await w.stop();
    const target = `r-${crypto.randomUUID()}@example.pl`;
    const crashing = await worker({ WORKER_FAULT: "crash-after-send", WORKER_FAULT_TO: target });
    const { email, notificationId } = await notifiedResident(null, target);
    await crashing.exited;
    expect(crashing.child.signalCode).toBe("SIGKILL");
    expect((await messagesTo(email))[0]?.deliveries).toBe(1);
    await worker();
    await waitFor(async () => (await statusOf(notificationId)).emailStatus === "sent", 30_000, () => "the retried job");
    const messages = await messagesTo(email);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.deliveries).toBe(2);
  });

  it("never delivers a message twice with two workers running", async () => {
    await worker();
    const sent = await Promise.all(Array.from({ length: 20 }, () => notifiedResident()));
    await waitFor(async () => (await Promise.all(sent.map((s) => statusOf(s.notificationId)))).every((n) => n.emailStatus === "sent"), 90_000, () => "20 deliveries");
    for (const { email } of sent) {
      const messages = await messagesTo(email);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.deliveries).toBe(1);
    }
  });

  it("sends nothing to an unconfirmed address and says why", async () => {
    const { user, email, notificationId } = await notifiedResident();
    void user;
    await testDb.update(users).set({ emailVerified: null }).where(eq(users.email, email));
    const second = await getDb().transaction((tx) => notify(tx, contextFor({ type: "system", job: "test" }), { kind: "status_changed", recipientId: (user as { id: string }).id, params: { caseNumber: "X", status: "in_progress" } }));
    await waitFor(async () => (await statusOf(second)).emailStatus !== "pending", 20_000, () => "the decision");
    expect((await statusOf(second)).emailStatus).toBe("skipped_unconfirmed");
    expect((await messagesTo(email)).filter((m) => m.subject.includes("nowy status"))).toEqual([]);
    void notificationId;
  });

  it("moves a message to the dead letters after the last attempt; the office admin replays it", async () => {
    for (const w of workers.splice(0)) await w.stop();
    await outage(true);
    await worker({ EMAIL_RETRY_LIMIT: "1" });
    const office = await createOffice(testDb);
    const department = await createDepartment(testDb, office.id);
    const admin = await createStaff(testDb, { officeId: office.id, departmentId: department.id, role: "office_admin" });
    const adminCtx = contextFor({ type: "staff", userId: admin.id, name: "Admin", officeId: office.id, departmentId: department.id, role: "office_admin" });
    const { email, notificationId } = await notifiedResident(office.id);
    await waitFor(async () => (await statusOf(notificationId)).emailStatus === "failed", 30_000, () => "the final failure");
    const failed = await listFailedEmails(adminCtx);
    expect(failed.map((f) => f.notificationId)).toEqual([notificationId]);
    expect(failed[0]!.error).toBeTruthy();
    const stranger = await makeResident();
    await expect(replayFailedEmail(contextFor(stranger), notificationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await outage(false);
    await replayFailedEmail(adminCtx, notificationId);
    await waitFor(async () => (await messagesTo(email)).length === 1, 30_000, () => "the replayed mail");
    expect((await statusOf(notificationId)).emailStatus).toBe("sent");
    expect(await listFailedEmails(adminCtx)).toEqual([]);
  });
});
