/**
 * Malware scanning through clamd (INSTREAM over a unix socket or TCP). Fails closed: only a
 * clean verdict from clamd is `clean`; a scanner that is down, slow or unsure gives `error`.
 */
import "server-only";

import { Readable } from "node:stream";

import NodeClam from "clamscan";

import { filesConfig } from "@/lib/env";

export type ScanVerdict =
  | { status: "clean" }
  | { status: "infected"; detail: string }
  | { status: "error"; detail: string }
  /** No CLAMAV_SOCKET / CLAMAV_HOST: nothing can be clean. */
  | { status: "unconfigured" };

export type ScannerSettings = { socket?: string; host?: string; port: number; timeoutMs: number };

const CHUNK = 64 * 1024;

export function scannerSettings(): ScannerSettings | null {
  const config = filesConfig();
  if (!config.CLAMAV_SOCKET && !config.CLAMAV_HOST) return null;
  return { socket: config.CLAMAV_SOCKET, host: config.CLAMAV_HOST, port: config.CLAMAV_PORT, timeoutMs: config.CLAMAV_TIMEOUT_MS };
}

export async function scanContent(content: Buffer, settings: ScannerSettings | null = scannerSettings()): Promise<ScanVerdict> {
  if (!settings) return { status: "unconfigured" };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ScanVerdict>((resolve) => {
    timer = setTimeout(() => resolve({ status: "error", detail: "scan timed out" }), settings.timeoutMs);
  });
  try {
    return await Promise.race([runScan(content, settings), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runScan(content: Buffer, settings: ScannerSettings): Promise<ScanVerdict> {
  try {
    const scanner = await new NodeClam().init({
      removeInfected: false,
      quarantineInfected: false,
      scanLog: null,
      debugMode: false,
      preference: "clamdscan",
      clamscan: { active: false },
      clamdscan: {
        active: true,
        socket: settings.socket ?? false,
        host: settings.socket ? false : (settings.host ?? false),
        port: settings.socket ? false : settings.port,
        timeout: settings.timeoutMs,
        localFallback: false,
        // The scan itself is the connection test; a failure there is an `error` verdict.
        bypassTest: true,
      },
    });
    const result = await scanner.scanStream(Readable.from(chunks(content)));
    if (result.isInfected === false) return { status: "clean" };
    if (result.isInfected === true) return { status: "infected", detail: result.viruses.join(", ").slice(0, 500) || "unknown" };
    return { status: "error", detail: (result.resultString ?? "no verdict").slice(0, 500) };
  } catch (error) {
    return { status: "error", detail: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  }
}

function* chunks(content: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < content.length; offset += CHUNK) yield content.subarray(offset, offset + CHUNK);
}
