/**
 * What a runner that was killed outright (SIGKILL, a closed terminal) left behind: each runner
 * records its process groups and the embedded database it uses in `<dir>/<pid>.json`. The next
 * runner stops the groups of runners that are gone (else a new `npm run dev` finds its ports
 * taken) and learns which database servers nobody uses any more, so it can adopt them: stop
 * them when it stops, although it did not start them.
 * Linux only (it relies on /proc to tell our processes from recycled pids); elsewhere a no-op.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

type Recorded = { pgid: number; startTime: string | null; name: string };
type RunnerFile = { runnerPid: number; groups: Recorded[]; databasePid?: number };
export type CleanUpResult = { stopped: string[]; orphanDatabasePids: Set<number> };

export class LeftoverTracker {
  private readonly file: string;
  private readonly groups: Recorded[] = [];
  private databasePid: number | undefined;

  constructor(private readonly dir: string) {
    this.file = path.join(dir, `${process.pid}.json`);
  }

  /** Stops the recorded groups of runners that no longer run and finds their unused databases. */
  async cleanUp(stop: (pgid: number) => Promise<void>): Promise<CleanUpResult> {
    const result: CleanUpResult = { stopped: [], orphanDatabasePids: new Set() };
    if (!existsSync(this.dir) || !existsSync("/proc")) return result;
    const inUse = new Set<number>();
    for (const entry of readdirSync(this.dir).filter((f) => f.endsWith(".json"))) {
      const file = path.join(this.dir, entry);
      let recorded: RunnerFile;
      try {
        recorded = JSON.parse(readFileSync(file, "utf8")) as RunnerFile;
      } catch {
        rmSync(file, { force: true });
        continue;
      }
      if (recorded.runnerPid !== process.pid && processExists(recorded.runnerPid)) {
        if (recorded.databasePid) inUse.add(recorded.databasePid); // a live runner uses it
        continue;
      }
      for (const group of recorded.groups) {
        if (!isSameGroup(group)) continue;
        await stop(group.pgid);
        result.stopped.push(`${group.name} (process group ${group.pgid})`);
      }
      if (recorded.databasePid) result.orphanDatabasePids.add(recorded.databasePid);
      rmSync(file, { force: true });
    }
    for (const pid of inUse) result.orphanDatabasePids.delete(pid);
    return result;
  }

  record(pgid: number, name: string): void {
    this.groups.push({ pgid, name, startTime: startTimeOf(pgid) });
    this.save();
  }

  /** The postmaster this runner uses, whether it started it or not. */
  recordDatabase(pid: number): void {
    this.databasePid = pid;
    this.save();
  }

  private save(): void {
    const content: RunnerFile = { runnerPid: process.pid, groups: this.groups, databasePid: this.databasePid };
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.file, JSON.stringify(content));
  }

  /** After a clean shutdown nothing is left to clean up. */
  forget(): void {
    rmSync(this.file, { force: true });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function groupExists(pgid: number): boolean {
  return processExists(-pgid);
}

/**
 * Is the group still the one we started? A pgid stays reserved while any member lives, so a live
 * group is ours if its leader is gone or is the very process we recorded (same start time).
 */
function isSameGroup(group: Recorded): boolean {
  if (!groupExists(group.pgid)) return false;
  const now = startTimeOf(group.pgid);
  return now === null || now === group.startTime;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null if the process is gone. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: split after its closing ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}
