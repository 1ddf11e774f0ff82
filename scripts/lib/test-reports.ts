/** Pass/fail counts from the JSON reports of Vitest and Playwright. */
import { existsSync, readFileSync } from "node:fs";

export type Counts = { passed: number; failed: number };

/** Vitest's JSON reporter (Jest-compatible fields). */
export function vitestCounts(file: string): Counts | null {
  const report = readJson<{ numPassedTests?: number; numFailedTests?: number; numFailedTestSuites?: number }>(file);
  if (!report) return null;
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/** Playwright's JSON reporter: "expected" passed, "flaky" passed on retry, "unexpected" failed. */
export function playwrightCounts(file: string): Counts | null {
  const report = readJson<{ stats?: { expected?: number; unexpected?: number; flaky?: number } }>(file);
  if (!report?.stats) return null;
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected };
}

/**
 * A runner that failed without reporting a failed test (it crashed, a file did not load, a web
 * server did not start) still counts as one failure, so the summary never says "0 failed" then.
 */
export function countsForStep(counts: Counts | null, stepFailed: boolean): Counts {
  const base = counts ?? { passed: 0, failed: 0 };
  return stepFailed && base.failed === 0 ? { ...base, failed: 1 } : base;
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}
