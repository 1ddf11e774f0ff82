/**
 * Bundled development identity provider: one HTTP server on 127.0.0.1 serving two OpenID
 * Connect issuers, /national-id (residents) and /office-directory (staff), with the demo people.
 *
 *   tsx lib/identity/dev-provider/server.ts     (env IDP_PORT, APP_URLS)
 *
 * Never for production: there both providers are configured by environment variables.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { logger } from "../../log";
import { DEV_IDP_DEFAULT_PORT, devIssuerUrl } from "./defaults";
import { renderMessagePage } from "./interaction-page";
import type { DevIssuer } from "./issuers";

export const PRODUCTION_REFUSAL =
  "The development identity provider refuses to run with NODE_ENV=production. " +
  "Configure the real identity providers through environment variables " +
  "(NATIONAL_ID_ISSUER/_CLIENT_ID/_CLIENT_SECRET and OFFICE_DIRECTORY_ISSUER/_CLIENT_ID/_CLIENT_SECRET) instead.";

export type DevIdentityProviderOptions = { port?: number; appUrls?: string[] };
export type RunningDevIdentityProvider = { close(): Promise<void>; port: number };

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function notFound(res: ServerResponse, port: number): void {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(`Not found. Issuers: ${devIssuerUrl("national-id", port)}, ${devIssuerUrl("office-directory", port)}\n`);
}

/**
 * Drops the provider's session cookie from authorization requests, so every sign-in starts a
 * fresh session and shows the person chooser: testers can switch people without signing out.
 */
function forgetSession(req: IncomingMessage, cookieName: string): void {
  const kept = (req.headers.cookie ?? "")
    .split(/;\s*/)
    .filter((cookie) => cookie && !cookie.startsWith(`${cookieName}=`) && !cookie.startsWith(`${cookieName}.sig=`));
  req.headers.cookie = kept.join("; ");
}

async function createRouter(port: number, appUrls: string[]): Promise<Handler> {
  // Loaded lazily so that the production refusal is printed before oidc-provider's own warnings.
  const { createIssuers } = await import("./issuers");
  const { handleInteraction, sendHtml } = await import("./interactions");
  const issuers = createIssuers(port, appUrls).map((issuer) => ({
    issuer,
    handle: issuer.provider.callback(),
  }));

  const interact = (issuer: DevIssuer, req: IncomingMessage, res: ServerResponse, uid: string, action?: string) =>
    handleInteraction(issuer, req, res, uid, action).catch((error: unknown) => {
      logger.error("Development identity provider interaction failed", { issuer: issuer.id, error: String(error) });
      if (res.headersSent) return;
      const page = { issuerTitle: issuer.title, heading: "Błąd serwera", message: "Spróbuj ponownie za chwilę." };
      sendHtml(res, 500, renderMessagePage(page));
    });

  return (req, res) => {
    const url = req.url ?? "/";
    const prefixed = /^\/([^/?#]+)(.*)$/.exec(url);
    const entry = issuers.find(({ issuer }) => issuer.id === prefixed?.[1]);
    if (!prefixed || !entry) return notFound(res, port);

    const rest = prefixed[2] ?? "";
    const interaction = /^\/interaction\/([\w-]+)(?:\/(\w+))?\/?(?:\?.*)?$/.exec(rest);
    if (interaction) return void interact(entry.issuer, req, res, interaction[1] ?? "", interaction[2]);

    if (/^\/auth(?:[/?]|$)/.test(rest)) forgetSession(req, entry.issuer.sessionCookie);
    // oidc-provider derives its mount path from originalUrl minus url, as under Express.
    Object.assign(req, { originalUrl: url });
    req.url = rest.startsWith("/") ? rest : `/${rest}`;
    entry.handle(req, res);
  };
}

export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions = {},
): Promise<RunningDevIdentityProvider> {
  if (process.env.NODE_ENV === "production") throw new Error(PRODUCTION_REFUSAL);
  const appUrls = options.appUrls?.length ? options.appUrls : ["http://localhost:3000"];

  const routing: { handler?: Handler } = {};
  const server = createServer((req, res) => (routing.handler ? routing.handler(req, res) : notFound(res, 0)));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEV_IDP_DEFAULT_PORT, "127.0.0.1", resolve);
  });
  // The issuer URLs contain the port, so the issuers are built once it is known (port 0 in tests).
  const port = (server.address() as AddressInfo).port;
  routing.handler = await createRouter(port, appUrls);

  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return DEV_IDP_DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`IDP_PORT is not a valid port: ${value}`);
  return port;
}

function parseAppUrls(value: string | undefined): string[] {
  const urls = (value ?? "").split(",").map((url) => url.trim()).filter(Boolean);
  for (const url of urls) new URL(url); // throws on an invalid entry
  return urls;
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    console.error(`Error: ${PRODUCTION_REFUSAL}`);
    process.exit(1);
  }
  const idp = await startDevIdentityProvider({
    port: parsePort(process.env.IDP_PORT),
    appUrls: parseAppUrls(process.env.APP_URLS),
  });
  logger.info("Development identity provider listening", {
    nationalIdIssuer: devIssuerUrl("national-id", idp.port),
    officeDirectoryIssuer: devIssuerUrl("office-directory", idp.port),
  });
  const stop = () => void idp.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
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
