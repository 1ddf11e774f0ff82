/** Starts the real worker process for tests, and waits for what it prints. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type TestWorker = { child: ChildProcess; output: () => string; stop(): Promise<number | null>; exited: Promise<number | null> };

export async function startTestWorker(env: Record<string, string>): Promise<TestWorker> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib/jobs/worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await waitFor(() => output.includes("worker started"), 30_000, () => `worker did not start:\n${output}`);
  return {
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string = () => "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`);
}
