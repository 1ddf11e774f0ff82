/**
 * Real servers: each test starts PostgreSQL from the npm binaries in a temporary folder under
 * `.data/` on a random free port, and everything is stopped and deleted at the end.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { ensureEmbeddedPostgres, REPO_ROOT, stopEmbeddedPostgres } from "./embedded-db";

const root = path.join(REPO_ROOT, ".data", `test-embedded-${process.pid}-${Date.now()}`);
const quiet = () => {};
const startedDirs = new Set<string>();

afterAll(async () => {
  for (const dir of startedDirs) await stopEmbeddedPostgres(dir).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const result = await client.query<{ one: number }>("select 1 as one");
    return result.rows[0]!.one;
  } finally {
    await client.end();
  }
}

/** Postmasters for `dataDir`: `postgres` processes working in it whose parent is not a `postgres`. */
function postmastersOf(dataDir: string): number[] {
  const target = realpathSync(dataDir);
  const comm = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    } catch {
      return "";
    }
  };
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (comm(pid) !== "postgres" || realpathSync(`/proc/${pid}/cwd`) !== target) continue;
      const ppid = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "";
      if (comm(ppid) !== "postgres") found.push(Number(pid));
    } catch {
      /* process ended while scanning */
    }
  }
  return found;
}

// Linux only: the checks read /proc.
describe.skipIf(process.platform !== "linux")("ensureEmbeddedPostgres", () => {
  it("creates a cluster on first start, then reuses the running server", async () => {
    const dataDir = path.join(root, "reuse");
    const port = await freePort();
    startedDirs.add(dataDir);

    const first = await ensureEmbeddedPostgres({ dataDir, port, database: "okienko_it", log: quiet });
    expect(first.owned).toBe(true);
    expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/okienko_it`);
    expect(await selectOne(first.url)).toBe(1);

    const second = await ensureEmbeddedPostgres({ dataDir, port, database: "okienko_it", log: quiet });
    expect(second.owned).toBe(false);
    expect(second.pid).toBe(first.pid);
    await second.stop(); // not owned: a no-op
    expect(await selectOne(second.url)).toBe(1);
    expect(postmastersOf(dataDir)).toEqual([first.pid]);

    await first.stop();
    expect(postmastersOf(dataDir)).toEqual([]);

    // Later starts keep the data.
    const third = await ensureEmbeddedPostgres({ dataDir, port, database: "okienko_it", log: quiet });
    expect(third.owned).toBe(true);
    expect(await selectOne(third.url)).toBe(1);
    await third.stop();
  });

  it("reuses the server orphaned by a SIGKILLed parent process", async () => {
    const dataDir = path.join(root, "orphan");
    const port = await freePort();
    startedDirs.add(dataDir);
    await mkdir(root, { recursive: true });
    const script = path.join(root, "start-and-wait.ts");
    await writeFile(
      script,
      `import { ensureEmbeddedPostgres } from ${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, "scripts/embedded-db.ts")).href)};\n` +
        `const db = await ensureEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, log: () => {} });\n` +
        `console.log(JSON.stringify({ pid: db.pid, owned: db.owned }));\n` +
        `setInterval(() => {}, 60_000);\n`,
    );
    // `node --import tsx` rather than the tsx CLI: the CLI would run the script in a grandchild,
    // and SIGKILL must hit the very process that started the server.
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const started = await new Promise<{ pid: number; owned: boolean }>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split("\n").find((l) => l.startsWith("{"));
        if (line) resolve(JSON.parse(line) as { pid: number; owned: boolean });
      });
      child.once("exit", (code) => reject(new Error(`child exited early (${code}): ${out}`)));
    });
    expect(started.owned).toBe(true);

    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect(postmastersOf(dataDir)).toEqual([started.pid]);

    const again = await ensureEmbeddedPostgres({ dataDir, port, log: quiet });
    expect(again.owned).toBe(false);
    expect(again.pid).toBe(started.pid);
    expect(await selectOne(again.url)).toBe(1);
    expect(postmastersOf(dataDir)).toEqual([started.pid]);

    await stopEmbeddedPostgres(dataDir);
    expect(postmastersOf(dataDir)).toEqual([]);
  });

  it("restarts a leftover server that runs on another port", async () => {
    const dataDir = path.join(root, "moved");
    const [oldPort, newPort] = [await freePort(), await freePort()];
    startedDirs.add(dataDir);

    const before = await ensureEmbeddedPostgres({ dataDir, port: oldPort, log: quiet });
    const after = await ensureEmbeddedPostgres({ dataDir, port: newPort, log: quiet });
    expect(after.owned).toBe(true);
    expect(after.pid).not.toBe(before.pid);
    expect(await selectOne(after.url)).toBe(1);
    expect(postmastersOf(dataDir)).toEqual([after.pid]);
    await after.stop();
  });

  it("names the env var to change when the port is taken by another program", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(
        ensureEmbeddedPostgres({ dataDir: path.join(root, "blocked"), port, log: quiet, portEnvVar: "EMBEDDED_TEST_DB_PORT" }),
      ).rejects.toThrow(/EMBEDDED_TEST_DB_PORT/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
