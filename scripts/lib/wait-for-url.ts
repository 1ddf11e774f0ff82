/** Polls a URL until it answers, for servers we start ourselves. */
import { sleep } from "./processes";

export type WaitOptions = {
  timeoutMs?: number;
  intervalMs?: number;
  /** Which HTTP statuses count as "up"; default 2xx/3xx. */
  accept?: (status: number) => boolean;
  /** Stops waiting early (e.g. the server process died); its message becomes the error. */
  abortSignal?: AbortSignal;
};

export async function waitForUrl(url: string, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 60_000, intervalMs = 250, accept = (s) => s >= 200 && s < 400, abortSignal } = options;
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  for (;;) {
    abortSignal?.throwIfAborted();
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (accept(response.status)) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() >= deadline) throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s (${last})`);
    await sleep(intervalMs);
  }
}
