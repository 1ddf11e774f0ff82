/**
 * Development mail catcher: a local SMTP server that keeps every message it receives, and an
 * HTTP server to read them (JSON API for end-to-end tests, a Polish page for developers).
 *
 *   tsx lib/notify/dev-mail-catcher/server.ts   (env SMTP_PORT=1025, MAIL_CATCHER_HTTP_PORT=1080)
 *
 * Both listen on 127.0.0.1 only. Messages live in memory (the newest 1000) and are deduplicated
 * by Message-ID like a real mailbox: a repeated delivery only increments `deliveries`.
 * See http-api.ts for the endpoints; `POST /api/outage {"down": true}` simulates an SMTP outage
 * (421 replies) until `{"down": false}`.
 *
 * Never for production: there the portal sends through the real SMTP relay.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { logger } from "../../log";
import { createHttpHandler, type CatcherState } from "./http-api";
import { createSmtpServer } from "./smtp";
import { MailStore } from "./store";

export const DEV_MAIL_CATCHER_DEFAULT_SMTP_PORT = 1025;
export const DEV_MAIL_CATCHER_DEFAULT_HTTP_PORT = 1080;

export const PRODUCTION_REFUSAL =
  "The development mail catcher refuses to run with NODE_ENV=production. " +
  "Configure the real SMTP relay through environment variables instead.";

export type DevMailCatcherOptions = { smtpPort?: number; httpPort?: number; host?: string };
export type RunningDevMailCatcher = { smtpPort: number; httpPort: number; close(): Promise<void> };

type Listener = {
  listen(port: number, host: string, callback: () => void): unknown;
  once(event: "error", listener: (error: Error) => void): unknown;
  off(event: "error", listener: (error: Error) => void): unknown;
};

function listen(server: Listener, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

export async function startDevMailCatcher(options: DevMailCatcherOptions = {}): Promise<RunningDevMailCatcher> {
  if (process.env.NODE_ENV === "production") throw new Error(PRODUCTION_REFUSAL);
  const host = options.host ?? "127.0.0.1";
  const state: CatcherState = { store: new MailStore(), outage: { down: false } };

  const smtp = createSmtpServer(state);
  smtp.on("error", (error: Error) => logger.error("Development mail catcher SMTP error", { error: error.message }));
  const http = createServer(createHttpHandler(state));

  await listen(smtp.server, options.smtpPort ?? DEV_MAIL_CATCHER_DEFAULT_SMTP_PORT, host);
  try {
    await listen(http, options.httpPort ?? DEV_MAIL_CATCHER_DEFAULT_HTTP_PORT, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    close: async () => {
      const httpClosed = new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())));
      http.closeAllConnections();
      const smtpClosed = new Promise<void>((resolve) => smtp.close(() => resolve()));
      for (const connection of smtp.connections) {
        connection.send(421, "Server shutting down");
        connection.close();
      }
      await Promise.all([httpClosed, smtpClosed]);
    },
  };
}

function parsePort(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} is not a valid port: ${value}`);
  return port;
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    console.error(`Error: ${PRODUCTION_REFUSAL}`);
    process.exit(1);
  }
  const catcher = await startDevMailCatcher({
    smtpPort: parsePort("SMTP_PORT", DEV_MAIL_CATCHER_DEFAULT_SMTP_PORT),
    httpPort: parsePort("MAIL_CATCHER_HTTP_PORT", DEV_MAIL_CATCHER_DEFAULT_HTTP_PORT),
  });
  // Handlers first: whoever waits for the "listening" line may stop us right after it.
  const stop = () => void catcher.close().finally(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  logger.info("Development mail catcher listening", {
    smtp: `smtp://127.0.0.1:${catcher.smtpPort}`,
    web: `http://127.0.0.1:${catcher.httpPort}`,
  });
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
