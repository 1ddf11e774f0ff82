/**
 * Child processes for the runner scripts. Each child gets its own process group, so stopping it
 * also stops whatever it spawned (`next dev` runs its server in a grandchild; Playwright starts
 * web servers), and so a Ctrl-C in the terminal reaches only us: we decide the order of shutdown.
 */
import { spawn, type ChildProcess } from "node:child_process";

export type ExitInfo = { name: string; code: number | null; signal: NodeJS.Signals | null };

export type Managed = { name: string; child: ChildProcess; exited: Promise<ExitInfo> };

export type SpawnOptions = {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The child is expected to finish (a build, a test run): its exit is not reported as unexpected. */
  finishes?: boolean;
};

export function describeExit(info: ExitInfo): string {
  return info.signal ? `${info.name} was stopped by ${info.signal}` : `${info.name} exited with code ${info.code}`;
}

export class ProcessGroup {
  /** Every process group we created, oldest first; a group may outlive its leader. */
  private readonly groups: Array<{ pgid: number; exited: Promise<ExitInfo> }> = [];
  private readonly exitListeners: Array<(info: ExitInfo) => void> = [];
  private stopping = false;

  /** `onStart` is told about each new process group (e.g. to record it for a later clean-up). */
  constructor(private readonly onStart?: (pgid: number, name: string) => void) {}

  /** Starts a child in its own process group; stdin is closed, output goes to our terminal. */
  start(name: string, command: string, args: string[], options: SpawnOptions = {}): Managed {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    });
    const exited = new Promise<ExitInfo>((resolve) => {
      let done = false;
      const finish = (info: ExitInfo) => {
        if (done) return;
        done = true;
        if (!this.stopping && !options.finishes) for (const listener of this.exitListeners) listener(info);
        resolve(info);
      };
      child.once("exit", (code, signal) => finish({ name, code, signal }));
      child.once("error", (error) => {
        console.error(`Could not start ${name}: ${error.message}`);
        finish({ name, code: 127, signal: null });
      });
    });
    if (child.pid) {
      this.groups.push({ pgid: child.pid, exited });
      this.onStart?.(child.pid, name);
    }
    return { name, child, exited };
  }

  /** Runs a child to completion; `stopAll` still stops it if we are interrupted meanwhile. */
  run(name: string, command: string, args: string[], options: SpawnOptions = {}): Promise<ExitInfo> {
    return this.start(name, command, args, { ...options, finishes: true }).exited;
  }

  /** Called when a child exits on its own, i.e. not because of `stopAll`. */
  onUnexpectedExit(listener: (info: ExitInfo) => void): void {
    this.exitListeners.push(listener);
  }

  /**
   * Stops the groups newest first: SIGTERM to the whole group, SIGKILL to whatever is left after
   * `graceMs`. Waits until each group is empty, not only until its leader has exited.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const { pgid, exited } of [...this.groups].reverse()) {
      await stopGroup(pgid, graceMs);
      await Promise.race([exited, sleep(1_000)]);
    }
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs`; returns once the group is empty. */
export async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) {
    signalGroup(pgid, "SIGKILL");
    const killDeadline = Date.now() + 2_000;
    while (groupAlive(pgid) && Date.now() < killDeadline) await sleep(50);
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* group already gone */
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
