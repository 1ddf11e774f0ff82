import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import nodemailer from "nodemailer";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearMessages, listMessages, setMailOutage, waitForMessage } from "../../../e2e/fixtures/mail";
import { startDevMailCatcher, type RunningDevMailCatcher } from "./server";
import type { CaughtMessage } from "./store";

const root = fileURLToPath(new URL("../../../", import.meta.url));

let catcher: RunningDevMailCatcher;
let api: string;

beforeAll(async () => {
  catcher = await startDevMailCatcher({ smtpPort: 0, httpPort: 0 });
  api = `http://127.0.0.1:${catcher.httpPort}`;
});

afterAll(async () => {
  await catcher?.close();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

beforeEach(async () => {
  vi.stubEnv("LOG_LEVEL", "warn"); // keeps the "received a message" lines out of the test output
  await fetch(`${api}/api/outage`, { method: "POST", body: JSON.stringify({ down: false }) });
  await fetch(`${api}/api/messages`, { method: "DELETE" });
});

function transport(options: { pool?: boolean } = {}) {
  return nodemailer.createTransport({
    host: "127.0.0.1",
    port: catcher.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: options.pool ?? false,
    connectionTimeout: 5_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

async function messages(query = ""): Promise<CaughtMessage[]> {
  const response = await fetch(`${api}/api/messages${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  return (await response.json()) as CaughtMessage[];
}

async function setOutage(down: boolean): Promise<Response> {
  return fetch(`${api}/api/outage`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ down }),
  });
}

const POLISH = "Zażółć gęślą jaźń – ąęłńóśźż ĄĘŁŃÓŚŹŻ";

describe("receiving messages", () => {
  it("keeps what nodemailer sends and returns it through the API, Polish letters intact", async () => {
    const info = await transport().sendMail({
      from: '"Urząd Gminy Okienko" <no-reply@okienko.test>',
      to: "jan.kowalski@example.test",
      subject: `Sprawa przyjęta: ${POLISH}`,
      text: `Dzień dobry,\n${POLISH}\n`,
      html: `<p>Dzień dobry,</p><p>${POLISH}</p>`,
      headers: { "X-Okienko-Case": "SPR-2024-0001" },
    });
    expect(info.accepted).toEqual(["jan.kowalski@example.test"]);

    const [message, ...rest] = await messages();
    expect(rest).toHaveLength(0);
    expect(message).toMatchObject({
      messageId: info.messageId,
      from: '"Urząd Gminy Okienko" <no-reply@okienko.test>',
      to: ["jan.kowalski@example.test"],
      subject: `Sprawa przyjęta: ${POLISH}`,
      deliveries: 1,
    });
    expect(message!.text).toContain(POLISH);
    expect(message!.html).toContain(`<p>${POLISH}</p>`);
    expect(new Date(message!.date).getTime()).not.toBeNaN();
    expect(message!.headers["x-okienko-case"]).toBe("SPR-2024-0001");
    expect(message!.headers["message-id"]).toBe(info.messageId);

    const one = await fetch(`${api}/api/messages/${message!.id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(message);
  });

  it("includes Cc and Bcc recipients, as the envelope delivered to them", async () => {
    await transport().sendMail({
      from: "no-reply@okienko.test",
      to: "a@example.test",
      cc: "b@example.test",
      bcc: "c@example.test",
      subject: "Kopie",
      text: "x",
    });
    const [message] = await messages();
    expect(message!.to).toEqual(["a@example.test", "b@example.test", "c@example.test"]);
    expect(message!.html).toBeNull();
  });

  it("shows a message delivered twice with the same Message-ID once, counting the deliveries", async () => {
    const mail = {
      from: "no-reply@okienko.test",
      to: "anna.nowak@example.test",
      subject: "Powiadomienie o zmianie statusu",
      text: "Status: w toku",
      messageId: "<notification-42@okienko.test>",
    };
    await transport().sendMail(mail);
    await transport().sendMail(mail);

    const list = await messages();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ messageId: "<notification-42@okienko.test>", deliveries: 2, to: ["anna.nowak@example.test"] });

    await transport().sendMail({ ...mail, messageId: "<notification-43@okienko.test>" });
    expect((await messages()).map((message) => message.deliveries)).toEqual([2, 1]);
  });

  it("stores messages without a Message-ID individually", async () => {
    const raw = "From: no-reply@okienko.test\r\nTo: x@example.test\r\nSubject: Bez identyfikatora\r\n\r\nTreść\r\n";
    const envelope = { from: "no-reply@okienko.test", to: ["x@example.test"] };
    await transport().sendMail({ envelope, raw });
    await transport().sendMail({ envelope, raw });
    const list = await messages();
    expect(list).toHaveLength(2);
    expect(list.map((message) => [message.messageId, message.deliveries, message.subject])).toEqual([
      [null, 1, "Bez identyfikatora"],
      [null, 1, "Bez identyfikatora"],
    ]);
    expect(list[0]!.id).not.toBe(list[1]!.id);
  });

  it("filters by recipient case-insensitively, newest last", async () => {
    const smtp = transport();
    await smtp.sendMail({ from: "no-reply@okienko.test", to: "Jan.Kowalski@Example.test", subject: "Pierwsza", text: "1" });
    await smtp.sendMail({ from: "no-reply@okienko.test", to: "anna.nowak@example.test", subject: "Inna osoba", text: "2" });
    await smtp.sendMail({ from: "no-reply@okienko.test", to: "jan.kowalski@example.test", subject: "Druga", text: "3" });

    const forJan = await messages(`?to=${encodeURIComponent("JAN.KOWALSKI@example.TEST")}`);
    expect(forJan.map((message) => message.subject)).toEqual(["Pierwsza", "Druga"]);
    expect((await messages("?to=nobody%40example.test"))).toEqual([]);
    expect((await messages()).map((message) => message.subject)).toEqual(["Pierwsza", "Inna osoba", "Druga"]);
  });

  it("clears the mailbox with DELETE and answers 404 for unknown messages", async () => {
    await transport().sendMail({ from: "no-reply@okienko.test", to: "x@example.test", subject: "Do usunięcia", text: "x" });
    const [message] = await messages();
    expect((await fetch(`${api}/api/messages`, { method: "DELETE" })).status).toBe(204);
    expect(await messages()).toEqual([]);
    expect((await fetch(`${api}/api/messages/${message!.id}`)).status).toBe(404);
    expect((await fetch(`${api}/api/messages/%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${api}/api/nothing`)).status).toBe(404);
  });

  it("rejects messages over 10 MB", async () => {
    const error = await transport()
      .sendMail({ from: "no-reply@okienko.test", to: "x@example.test", subject: "Za duża", text: "a".repeat(10 * 1024 * 1024 + 10) })
      .then(() => null, (caught: unknown) => caught as { responseCode?: number });
    expect(error?.responseCode).toBe(552);
    expect(await messages()).toEqual([]);
  });
});

describe("simulated outage", () => {
  it("refuses new connections with 421 while down and accepts mail again once it is over", async () => {
    expect(await (await setOutage(true)).json()).toEqual({ down: true });
    expect(await (await fetch(`${api}/api/outage`)).json()).toEqual({ down: true });

    const mail = { from: "no-reply@okienko.test", to: "x@example.test", subject: "W czasie awarii", text: "x" };
    const error = await transport().sendMail(mail).then(() => null, (caught: unknown) => caught as { responseCode?: number });
    expect(error).not.toBeNull();
    expect(error!.responseCode).toBeGreaterThanOrEqual(400);
    expect(error!.responseCode).toBeLessThan(500);
    expect(error!.responseCode).toBe(421);
    expect(await messages()).toEqual([]);

    expect(await (await setOutage(false)).json()).toEqual({ down: false });
    await transport().sendMail(mail);
    expect((await messages()).map((message) => message.subject)).toEqual(["W czasie awarii"]);
  });

  it("also refuses transactions on connections that were already open (pooled transport)", async () => {
    const pooled = transport({ pool: true });
    try {
      const mail = { from: "no-reply@okienko.test", to: "x@example.test", text: "x" };
      await pooled.sendMail({ ...mail, subject: "Przed awarią" });
      await setOutage(true);
      const error = await pooled
        .sendMail({ ...mail, subject: "W czasie awarii" })
        .then(() => null, (caught: unknown) => caught as { responseCode?: number });
      expect(error?.responseCode).toBe(421);
      await setOutage(false);
      await pooled.sendMail({ ...mail, subject: "Po awarii" });
      expect((await messages()).map((message) => message.subject)).toEqual(["Przed awarią", "Po awarii"]);
    } finally {
      pooled.close();
    }
  });

  it("rejects an invalid switch request", async () => {
    const response = await fetch(`${api}/api/outage`, { method: "POST", body: '{"down":"yes"}' });
    expect(response.status).toBe(400);
    expect((await fetch(`${api}/api/outage`, { method: "POST", body: "not json" })).status).toBe(400);
    expect(await (await fetch(`${api}/api/outage`)).json()).toEqual({ down: false });
  });
});

describe("web page", () => {
  it("lists the messages in an accessible Polish page with links to their text", async () => {
    await transport().sendMail({
      from: "no-reply@okienko.test",
      to: "jan.kowalski@example.test",
      subject: `Temat <b>${POLISH}</b>`,
      text: `Treść: ${POLISH}`,
      html: "<p>HTML</p><script>alert(1)</script>",
    });
    const [message] = await messages();

    const response = await fetch(`${api}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="pl">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain("<h1>Skrzynka deweloperska</h1>");
    for (const column of ["Do kogo", "Temat", "Kiedy", "Liczba doręczeń"]) expect(html).toContain(`<th scope="col">${column}</th>`);
    expect(html).toContain(`href="/messages/${message!.id}"`);
    expect(html).toContain(`Temat &lt;b&gt;${POLISH}&lt;/b&gt;`);
    expect(html).toContain("jan.kowalski@example.test");

    const page = await (await fetch(`${api}/messages/${message!.id}`)).text();
    expect(page).toContain('<html lang="pl">');
    expect(page).toContain(`Treść: ${POLISH}`);
    expect(page).toContain(`href="/api/messages/${message!.id}/html"`);

    const body = await fetch(`${api}/api/messages/${message!.id}/html`);
    expect(body.headers.get("content-security-policy")).toBe("sandbox");
    expect(await body.text()).toContain("<p>HTML</p>");

    expect((await fetch(`${api}/messages/999999`)).status).toBe(404);
  });

  it("says so when the mailbox is empty or the outage is on", async () => {
    await setOutage(true);
    const html = await (await fetch(`${api}/`)).text();
    expect(html).toContain("Brak wiadomości.");
    expect(html).toContain('role="status"');
  });
});

describe("end-to-end fixtures (e2e/fixtures/mail.ts)", () => {
  beforeEach(() => {
    vi.stubEnv("MAIL_CATCHER_URL", api);
  });

  it("waits for a message, lists, switches the outage and clears", async () => {
    const waiting = waitForMessage({ to: "ANNA.NOWAK@example.test", subject: /^Sprawa \d+/, timeoutMs: 5_000 });
    setTimeout(() => {
      void transport().sendMail({ from: "no-reply@okienko.test", to: "anna.nowak@example.test", subject: "Sprawa 17 przyjęta", text: "x" });
    }, 300);
    const message = await waiting;
    expect(message.subject).toBe("Sprawa 17 przyjęta");
    expect(await listMessages("anna.nowak@example.test")).toHaveLength(1);

    await setMailOutage(true);
    expect(await (await fetch(`${api}/api/outage`)).json()).toEqual({ down: true });
    await setMailOutage(false);

    await clearMessages();
    expect(await listMessages()).toEqual([]);
  });

  it("fails with a helpful message when nothing arrives in time", async () => {
    await transport().sendMail({ from: "no-reply@okienko.test", to: "x@example.test", subject: "Coś innego", text: "x" });
    await expect(waitForMessage({ to: "x@example.test", subject: "Oczekiwany", timeoutMs: 300 })).rejects.toThrow(
      /No message to x@example.test with subject Oczekiwany within 300 ms \(messages to that address: "Coś innego"\)/,
    );
  });
});

function runEntryPoint(env: NodeJS.ProcessEnv, { stopWhenListening = false } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // node --import tsx (not the tsx wrapper): one process, so a kill on timeout leaves no orphan behind.
    const child = spawn(process.execPath, ["--import", "tsx", "lib/notify/dev-mail-catcher/server.ts"], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stopWhenListening && stdout.includes("Development mail catcher listening")) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("running directly", () => {
  it("exits with code 1 and a clear message when NODE_ENV=production", async () => {
    const { code, stderr } = await runEntryPoint({ ...process.env, NODE_ENV: "production", SMTP_PORT: "0", MAIL_CATCHER_HTTP_PORT: "0" });
    expect(code).toBe(1);
    expect(stderr).toContain("The development mail catcher refuses to run with NODE_ENV=production");
  });

  it("refuses to start from code as well", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(startDevMailCatcher({ smtpPort: 0, httpPort: 0 })).rejects.toThrow(/NODE_ENV=production/);
  });

  it("starts on the ports from the environment and stops cleanly on SIGTERM", async () => {
    const { code, stdout } = await runEntryPoint(
      { ...process.env, NODE_ENV: "development", LOG_LEVEL: "info", SMTP_PORT: "0", MAIL_CATCHER_HTTP_PORT: "0" },
      { stopWhenListening: true },
    );
    expect(stdout).toMatch(/"smtp":"smtp:\/\/127\.0\.0\.1:\d+"/);
    expect(code).toBe(0);
  });

  it("rejects an invalid port", async () => {
    const { code, stderr } = await runEntryPoint({ ...process.env, NODE_ENV: "development", SMTP_PORT: "smtp" });
    expect(code).toBe(1);
    expect(stderr).toContain("SMTP_PORT is not a valid port: smtp");
  });
});
