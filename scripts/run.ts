/**
 * `npm run dev` / `npm start`: everything the portal needs, in one command.
 *
 *   1. AUTH_SECRET (outside production a generated one, kept in .data/dev-secrets.json)
 *   2. database: DATABASE_URL, or the embedded PostgreSQL in .data/postgres
 *   3. migrations and demo data (only into an empty database)
 *   4. identity providers: the configured ones, or the bundled development provider
 *   5. e-mail: SMTP from the environment, or the development mail catcher; and the worker
 *   6. Next.js: `next dev`, or `next start` (building first if there is no build)
 *
 * Demo data is never added with NODE_ENV=production.
 * Ctrl-C (or any child stopping) stops the children, then the embedded database if we started it.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import {
  DEV_IDP_DEFAULT_PORT,
  devClients,
  devIssuerUrl,
  NATIONAL_ID_PROVIDER_ID,
  OFFICE_DIRECTORY_PROVIDER_ID,
} from "../lib/identity/dev-provider/defaults";
import { ensureEmbeddedPostgres, REPO_ROOT, stopEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-db";
import { migrate, redactUrl, seedDemo } from "./lib/app-db";
import { startTestClamd, type Clamd } from "./lib/clamav";
import { ensureAuthSecret, ensureSigningKek } from "./lib/dev-secrets";
import { assertPortFree, portFromEnv } from "./lib/ports";
import { LeftoverTracker } from "./lib/leftovers";
import { describeExit, ProcessGroup, stopGroup, type ExitInfo } from "./lib/processes";
import { waitForUrl } from "./lib/wait-for-url";

type Mode = "dev" | "start";

const NEXT_BIN = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
const IDP_SERVER = path.join(REPO_ROOT, "lib", "identity", "dev-provider", "server.ts");
const MAIL_CATCHER = path.join(REPO_ROOT, "lib", "notify", "dev-mail-catcher", "server.ts");
const WORKER = path.join(REPO_ROOT, "lib", "jobs", "worker.ts");

const leftovers = new LeftoverTracker(path.join(REPO_ROOT, ".data", "run"));
const children = new ProcessGroup((pgid, name) => leftovers.record(pgid, name));
let database: Promise<EmbeddedPostgres | null> = Promise.resolve(null);
/** Data folder of a leftover embedded server we stop on exit although we did not start it. */
let adoptedDatabase: string | null = null;
let shuttingDown = false;
let clamd: Clamd | null = null;
/** Aborted when a child dies during start-up, to stop waiting for it. */
const startup = new AbortController();

/** Ends start-up; the message is for the user (no stack trace). */
class StartupError extends Error {}

async function main(): Promise<void> {
  const mode = parseMode(process.argv[2]);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };

  process.on("SIGINT", () => void shutdown(0, "SIGINT"));
  process.on("SIGTERM", () => void shutdown(0, "SIGTERM"));
  process.on("SIGHUP", () => void shutdown(0, "SIGHUP"));
  children.onUnexpectedExit(onChildExit);

  // Servers of an earlier run that was killed outright would hold our ports.
  const earlier = await leftovers.cleanUp((pgid) => stopGroup(pgid, 10_000));
  for (const what of earlier.stopped) console.log(`Stopped ${what} left over from an earlier run.`);

  // 1. Secrets
  ensureAuthSecret(env, path.join(REPO_ROOT, ".data", "dev-secrets.json"));
  ensureSigningKek(env, path.join(REPO_ROOT, ".data", "dev-secrets.json"));

  // App address, needed early: the identity provider registers its redirect URIs
  const port = portFromEnv("PORT", 3000);
  env.PORT = String(port);
  env.APP_URL ||= `http://localhost:${port}`; // localhost, not 127.0.0.1: Auth.js cookies
  env.AUTH_URL ||= env.APP_URL;
  env.AUTH_TRUST_HOST ||= "true";
  await assertPortFree(port, { envVar: "PORT", what: "the portal" });

  // 2. Database
  let embedded: EmbeddedPostgres | null = null;
  if (env.DATABASE_URL) {
    console.log(`Database: ${redactUrl(env.DATABASE_URL)} (from DATABASE_URL)`);
  } else {
    const starting = ensureEmbeddedPostgres({ log: (msg) => console.log(`[database] ${msg}`) });
    database = starting;
    embedded = await starting;
    env.DATABASE_URL = embedded.url;
    leftovers.recordDatabase(embedded.pid);
    // A server that an earlier, killed run left behind and no other run uses becomes ours to stop.
    if (!embedded.owned && earlier.orphanDatabasePids.has(embedded.pid)) adoptedDatabase = embedded.dataDir;
  }
  checkpoint();

  // 3. Migrations and demo data
  await migrate(env.DATABASE_URL);
  if (env.NODE_ENV === "production") {
    console.log("Database migrated (no demo data with NODE_ENV=production).");
  } else {
    const seeded = await seedDemo(env.DATABASE_URL);
    console.log(seeded ? "Database migrated; demo data added." : "Database migrated.");
  }
  // The seals' keys on first start (root CA, submission seal, a receipt seal per office).
  execFileSync(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "scripts", "signing-init.ts")], { env, cwd: REPO_ROOT, stdio: "inherit" });
  checkpoint();

  // 4. Identity providers
  let devIdp: string | null = null;
  if (!env.NATIONAL_ID_ISSUER) devIdp = await startDevIdentityProvider(env);
  checkpoint();

  // 5. E-mail (a local catcher unless SMTP is configured) and the worker that sends it
  let devMail: string | null = null;
  if (!env.SMTP_HOST && env.NODE_ENV !== "production") devMail = await startDevMailCatcher(env);
  children.start("worker", process.execPath, ["--import", "tsx", WORKER], { env, cwd: REPO_ROOT });
  checkpoint();

  // Attachments are scanned: a local clamd when the machine has one (development signatures only).
  if (!env.CLAMAV_SOCKET && !env.CLAMAV_HOST && env.NODE_ENV !== "production") {
    clamd = await startTestClamd({ name: "dev", log: (msg) => console.log(`[clamav] ${msg}`) });
    if (clamd) env.CLAMAV_SOCKET = clamd.socket;
    else console.log("[clamav] clamd is not installed: uploads will say that no scanner is configured (apt-get install clamav-daemon).");
  }

  // 6. Next.js
  if (mode === "start" && !existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID"))) {
    console.log("No production build yet: running `next build` first.");
    const build = await children.run("next build", process.execPath, [NEXT_BIN, "build"], { env, cwd: REPO_ROOT });
    checkpoint();
    if (build.code !== 0) throw new StartupError(`${describeExit(build)}; see the output above.`);
  } else if (mode === "start") {
    console.log("Using the existing production build in .next (run `npm run build` after changing the code).");
  }
  children.start(`next ${mode}`, process.execPath, [NEXT_BIN, mode, "-p", String(port)], { env, cwd: REPO_ROOT });
  await waitForUrl(`${env.APP_URL}/`, { timeoutMs: 180_000, accept: () => true, abortSignal: startup.signal });
  checkpoint();

  printBanner({ mode, appUrl: env.APP_URL, devIdp, devMail, embedded });
}

async function startDevMailCatcher(env: NodeJS.ProcessEnv): Promise<string> {
  const smtpPort = portFromEnv("SMTP_PORT", 1025);
  const httpPort = portFromEnv("MAIL_CATCHER_HTTP_PORT", 1080);
  await assertPortFree(smtpPort, { host: "127.0.0.1", envVar: "SMTP_PORT", what: "the development mail catcher" });
  await assertPortFree(httpPort, { host: "127.0.0.1", envVar: "MAIL_CATCHER_HTTP_PORT", what: "the development mail catcher" });
  Object.assign(env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtpPort), MAIL_CATCHER_HTTP_PORT: String(httpPort) });
  children.start("mail catcher", process.execPath, ["--import", "tsx", MAIL_CATCHER], { env, cwd: REPO_ROOT });
  const url = `http://127.0.0.1:${httpPort}`;
  await waitForUrl(`${url}/api/messages`, { timeoutMs: 60_000, abortSignal: startup.signal });
  return url;
}

async function startDevIdentityProvider(env: NodeJS.ProcessEnv): Promise<string> {
  const idpPort = portFromEnv("IDP_PORT", DEV_IDP_DEFAULT_PORT);
  await assertPortFree(idpPort, { host: "127.0.0.1", envVar: "IDP_PORT", what: "the development identity provider" });
  const nationalId = devClients[NATIONAL_ID_PROVIDER_ID];
  const officeDirectory = devClients[OFFICE_DIRECTORY_PROVIDER_ID];
  Object.assign(env, {
    NATIONAL_ID_ISSUER: devIssuerUrl(NATIONAL_ID_PROVIDER_ID, idpPort),
    NATIONAL_ID_CLIENT_ID: nationalId.clientId,
    NATIONAL_ID_CLIENT_SECRET: nationalId.clientSecret,
    OFFICE_DIRECTORY_ISSUER: devIssuerUrl(OFFICE_DIRECTORY_PROVIDER_ID, idpPort),
    OFFICE_DIRECTORY_CLIENT_ID: officeDirectory.clientId,
    OFFICE_DIRECTORY_CLIENT_SECRET: officeDirectory.clientSecret,
  });
  const idpEnv = { ...env, IDP_PORT: String(idpPort), APP_URLS: env.APP_URLS || env.APP_URL };
  children.start("identity provider", process.execPath, ["--import", "tsx", IDP_SERVER], { env: idpEnv, cwd: REPO_ROOT });
  for (const issuer of [env.NATIONAL_ID_ISSUER, env.OFFICE_DIRECTORY_ISSUER]) {
    await waitForUrl(`${issuer}/.well-known/openid-configuration`, { timeoutMs: 60_000, abortSignal: startup.signal });
  }
  return `http://127.0.0.1:${idpPort}`;
}

function onChildExit(info: ExitInfo): void {
  const message = `${describeExit(info)} (see its output above).`;
  startup.abort(new StartupError(message));
  console.error(`\n${message} Stopping everything.`);
  void shutdown(info.code === 0 && !info.signal ? 0 : 1);
}

/** Throws if we started shutting down during the previous step, so no new child is started. */
function checkpoint(): void {
  if (shuttingDown) throw new StartupError("stopping");
}

let shutdownStartedAt = 0;

async function shutdown(code: number, signal?: string): Promise<void> {
  if (shuttingDown) {
    // npm and tsx pass the terminal's Ctrl-C on as well: only a later, real repeat gets an answer.
    if (signal && Date.now() - shutdownStartedAt > 1_000) console.log(`(${signal} again: still stopping, please wait)`);
    return;
  }
  shuttingDown = true;
  shutdownStartedAt = Date.now();
  if (signal) console.log(`\n${signal} received: stopping Okienko...`);
  startup.abort(new StartupError("stopping"));
  try {
    await children.stopAll();
    await clamd?.stop().catch(() => {});
    leftovers.forget();
    const db = await database.catch(() => null);
    if (db?.owned) await db.stop();
    else if (adoptedDatabase) await stopEmbeddedPostgres(adoptedDatabase, (msg) => console.log(`[database] ${msg}`));
  } catch (error) {
    console.error(`Clean-up failed: ${(error as Error).message}`);
    code = code || 1;
  }
  process.exit(code);
}

function parseMode(arg: string | undefined): Mode {
  if (arg === "dev" || arg === "start") return arg;
  console.error("Usage: tsx scripts/run.ts dev|start");
  process.exit(2);
}

function printBanner(info: { mode: Mode; appUrl: string; devIdp: string | null; devMail: string | null; embedded: EmbeddedPostgres | null }): void {
  const db = info.embedded
    ? `embedded PostgreSQL on port ${info.embedded.port}, data in ${path.relative(REPO_ROOT, info.embedded.dataDir)}/`
    : "from DATABASE_URL";
  const lines = [
    "",
    `  Okienko is running (${info.mode === "dev" ? "development" : "production build"})`,
    "",
    `    Portal:             ${info.appUrl}`,
    `    Database:           ${db}`,
    info.devIdp
      ? `    Sign-in:            development identity provider at ${info.devIdp}`
      : `    Sign-in:            identity providers from the environment`,
    info.devMail ? `    E-mail:             caught locally, read them at ${info.devMail}` : `    E-mail:             SMTP from the environment`,
  ];
  if (info.devIdp) {
    lines.push(
      "",
      `    Demo sign-in: open ${info.appUrl}/sign-in, choose residents or office staff,`,
      "    then pick any demo person on the provider's page (all of them are fictional).",
    );
  }
  lines.push("", "  Stop with Ctrl+C.", "");
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => {
  if (shuttingDown) return; // interrupted mid-step: shutdown() is already cleaning up and exiting
  console.error(`\nOkienko could not start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
