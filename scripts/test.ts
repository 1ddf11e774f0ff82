/**
 * `npm test`: every check, on a fresh machine as in CI.
 *
 *   npm test              lint, typecheck, Vitest, next build, Playwright
 *   npm test -- --unit    lint, typecheck, Vitest
 *   npm test -- --e2e     next build, Playwright
 *
 * The database is DATABASE_URL as given (CI creates a fresh one), or a fresh database on the
 * embedded test server (.data/test-postgres). Stops at the first failing step, always cleans up,
 * and ends with the line `Tests: <N> passed, <M> failed`.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { ensureEmbeddedPostgres, REPO_ROOT, type EmbeddedPostgres } from "./embedded-db";
import { migrate, redactUrl, seedDemo } from "./lib/app-db";
import { planChromium } from "./lib/chromium";
import { findClamd, startTestClamd, type Clamd } from "./lib/clamav";
import { portFromEnv } from "./lib/ports";
import { describeExit, ProcessGroup } from "./lib/processes";
import { createFreshTestDatabase } from "./lib/test-database";
import { countsForStep, playwrightCounts, vitestCounts, type Counts } from "./lib/test-reports";

type StepResult = { name: string; ok: boolean; seconds: number; note?: string };

const REPORTS = path.join(REPO_ROOT, ".data", "reports");
const VITEST_REPORT = path.join(REPORTS, "vitest.json");
const PLAYWRIGHT_REPORT = path.join(REPORTS, "playwright.json");
const bin = (...parts: string[]) => path.join(REPO_ROOT, "node_modules", ...parts);

const children = new ProcessGroup();
const results: StepResult[] = [];
const counts: Counts = { passed: 0, failed: 0 };
let database: Promise<EmbeddedPostgres | null> = Promise.resolve(null);
let clamd: Clamd | null = null;
let finishing = false;

class StepFailed extends Error {}

async function main(): Promise<number> {
  const flags = new Set(process.argv.slice(2));
  for (const flag of flags) {
    if (flag !== "--unit" && flag !== "--e2e") {
      console.error(`Unknown option ${flag}. Usage: npm test [-- --unit | --e2e]`);
      return 2;
    }
  }
  const unit = flags.has("--unit") || !flags.has("--e2e");
  const e2e = flags.has("--e2e") || !flags.has("--unit");
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // Sessions in the e2e servers need a secret; a throw-away one is right for a test run.
  env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
  // The seals' private keys are encrypted under it; a fresh one per run suits a fresh database.
  env.SIGNING_KEK ||= randomBytes(32).toString("base64url");

  if (e2e) await step("chromium", () => ensureChromium(env));
  await step("database", () => prepareDatabase(env));
  await step("clamav", () => startClamav(env));

  if (unit) {
    await step("lint", () => command("lint", "npm", ["run", "--silent", "lint"], env));
    await step("typecheck", () => command("typecheck", "npm", ["run", "--silent", "typecheck"], env));
    await step("catalog", () => command("catalog --check", "npm", ["run", "--silent", "catalog", "--", "--check"], env));
    await step("vitest", async () => {
      rmSync(VITEST_REPORT, { force: true });
      const args = [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_REPORT}`];
      const ok = await run("vitest", process.execPath, args, env, { throwOnFailure: false });
      const c = countsForStep(vitestCounts(VITEST_REPORT), !ok);
      add(c);
      if (!ok) throw new StepFailed(`${c.failed} failed`);
      return `${c.passed} passed`;
    });
  }
  if (e2e) {
    await step("next build", () => command("next build", process.execPath, [bin("next", "dist", "bin", "next"), "build"], env));
    await step("playwright", async () => {
      rmSync(PLAYWRIGHT_REPORT, { force: true });
      const pwEnv = { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_REPORT };
      const args = [bin("@playwright", "test", "cli.js"), "test", "--reporter=list,json"];
      const ok = await run("playwright", process.execPath, args, pwEnv, { throwOnFailure: false });
      const c = countsForStep(playwrightCounts(PLAYWRIGHT_REPORT), !ok);
      add(c);
      if (!ok) throw new StepFailed(`${c.failed} failed`);
      return `${c.passed} passed`;
    });
  }
  return 0;
}

/** Runs one step, timing it; a failure is recorded and ends the run (through StepFailed). */
async function step(name: string, body: () => Promise<string | void>): Promise<void> {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    const note = await body();
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000, note: note || undefined });
  } catch (error) {
    const note = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000, note });
    throw new StepFailed(name);
  }
}

async function run(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  { throwOnFailure = true } = {},
): Promise<boolean> {
  if (finishing) throw new StepFailed("interrupted");
  const exit = await children.run(name, command, args, { env, cwd: REPO_ROOT });
  const ok = exit.code === 0;
  if (!ok && throwOnFailure) throw new StepFailed(describeExit(exit));
  return ok;
}

/** A step that only has to succeed. */
async function command(name: string, file: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await run(name, file, args, env);
}

async function ensureChromium(env: NodeJS.ProcessEnv): Promise<string> {
  let plan = planChromium(env);
  if (plan.kind === "install") {
    console.log("Chromium is missing; installing it with apt-get (running as root).");
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    await run("apt-get update", "apt-get", ["update"], aptEnv);
    await run("apt-get install", "apt-get", ["install", "-y", "chromium"], aptEnv);
    plan = planChromium(env);
  }
  if (plan.kind !== "found") {
    throw new Error(plan.kind === "missing" ? plan.message : "Chromium is still missing after apt-get install.");
  }
  env.CHROMIUM_PATH = plan.path;
  return plan.path;
}

/** A local clamd with generated test signatures, unless CLAMAV_SOCKET/CLAMAV_HOST is given. */
async function startClamav(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.CLAMAV_SOCKET || env.CLAMAV_HOST) return `given: ${env.CLAMAV_SOCKET || env.CLAMAV_HOST}`;
  if (!findClamd() && process.getuid?.() === 0) {
    console.log("clamd is missing; installing clamav-daemon with apt-get (running as root).");
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    await run("apt-get update", "apt-get", ["update"], aptEnv);
    await run("apt-get install", "apt-get", ["install", "-y", "clamav-daemon", "clamdscan"], aptEnv);
  }
  clamd = await startTestClamd({ name: "npm-test", log: (msg) => console.log(`[clamav] ${msg}`) });
  if (!clamd) return "clamd not installed: scanning tests are skipped, uploads fail closed";
  env.CLAMAV_SOCKET = clamd.socket;
  return clamd.socket;
}

async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  if (!env.DATABASE_URL) {
    const starting = ensureEmbeddedPostgres({
      dataDir: path.join(REPO_ROOT, ".data", "test-postgres"),
      port: portFromEnv("EMBEDDED_TEST_DB_PORT", 54339),
      portEnvVar: "EMBEDDED_TEST_DB_PORT",
      database: "postgres",
      log: (msg) => console.log(`[test database] ${msg}`),
    });
    database = starting;
    const server = await starting;
    env.DATABASE_URL = await createFreshTestDatabase(server.url, (msg) => console.log(`[test database] ${msg}`));
  }
  console.log(`DATABASE_URL=${redactUrl(env.DATABASE_URL)}`);
  await migrate(env.DATABASE_URL);
  await seedDemo(env.DATABASE_URL);
  return redactUrl(env.DATABASE_URL);
}

function add(c: Counts): void {
  counts.passed += c.passed;
  counts.failed += c.failed;
}

async function finish(code: number, reason?: string): Promise<never> {
  if (finishing) {
    // A second Ctrl-C while cleaning up: leave it to the clean-up already running.
    return new Promise<never>(() => {});
  }
  finishing = true;
  if (reason) console.log(`\n${reason}: stopping...`);
  await children.stopAll();
  await clamd?.stop().catch((error: unknown) => console.error(`Could not stop clamd: ${(error as Error).message}`));
  try {
    const db = await database.catch(() => null);
    if (db?.owned) await db.stop();
  } catch (error) {
    console.error(`Could not stop the embedded test database: ${(error as Error).message}`);
  }

  const failed = results.find((r) => !r.ok);
  if (failed || reason) code = code || 1;
  console.log("\nSummary:");
  for (const r of results) {
    console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(11)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  ${r.note}` : ""}`);
  }
  if (failed) console.log(`\nStopped at the first failure: ${failed.name}.`);
  console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void finish(130, signal));
}
mkdirSync(REPORTS, { recursive: true });
main().then(
  (code) => finish(code),
  (error: unknown) => {
    if (!(error instanceof StepFailed)) console.error(error);
    return finish(1);
  },
);
