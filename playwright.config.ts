/**
 * End-to-end tests on a production build with Debian's Chromium. Playwright starts the
 * bundled identity provider, the portal, and a second portal whose database is unreachable.
 * DATABASE_URL must point at a migrated and seeded database (`npm test` prepares one).
 */
import { defineConfig, devices } from "@playwright/test";

import { devClients, devIssuerUrl } from "./lib/identity/dev-provider/defaults";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BROKEN_PORT = PORT + 1;
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 4410);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 1125);
const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 1180);
// Read by e2e/fixtures/mail.ts in the test process.
process.env.MAIL_CATCHER_URL = `http://127.0.0.1:${MAIL_HTTP_PORT}`;
const mailEnv = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(SMTP_PORT), MAIL_FROM: "Okienko <no-reply@okienko.localhost>" };
const baseURL = `http://localhost:${PORT}`;
const brokenURL = `http://localhost:${BROKEN_PORT}`;

const appEnv = (port: number, databaseUrl: string) => ({
  NODE_ENV: "production",
  PORT: String(port),
  DATABASE_URL: databaseUrl,
  APP_URL: `http://localhost:${port}`,
  AUTH_URL: `http://localhost:${port}`,
  AUTH_TRUST_HOST: "true",
  AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  SIGNING_KEK: process.env.SIGNING_KEK || "ZTJlLW9ubHktc2lnbmluZy1rZXktMzItYnl0ZXMhISE",
  NATIONAL_ID_ISSUER: devIssuerUrl("national-id", IDP_PORT),
  NATIONAL_ID_CLIENT_ID: devClients["national-id"].clientId,
  NATIONAL_ID_CLIENT_SECRET: devClients["national-id"].clientSecret,
  OFFICE_DIRECTORY_ISSUER: devIssuerUrl("office-directory", IDP_PORT),
  OFFICE_DIRECTORY_CLIENT_ID: devClients["office-directory"].clientId,
  OFFICE_DIRECTORY_CLIENT_SECRET: devClients["office-directory"].clientSecret,
  NEXT_TELEMETRY_DISABLED: "1",
  CLAMAV_SOCKET: process.env.CLAMAV_SOCKET ?? "",
  ...mailEnv,
});

const databaseUrl = process.env.DATABASE_URL ?? "";
const nextBin = "node node_modules/next/dist/bin/next start";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: { baseURL, trace: "retain-on-failure", locale: "pl-PL", timezoneId: "Europe/Warsaw" },
  metadata: { brokenURL },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx lib/notify/dev-mail-catcher/server.ts",
      url: `http://127.0.0.1:${MAIL_HTTP_PORT}/api/messages`,
      env: { SMTP_PORT: String(SMTP_PORT), MAIL_CATCHER_HTTP_PORT: String(MAIL_HTTP_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "npx tsx lib/jobs/worker.ts",
      wait: { stdout: /worker started/ },
      env: { ...appEnv(PORT, databaseUrl), JOBS_POLLING_INTERVAL_SECONDS: "0.5" },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "npx tsx lib/identity/dev-provider/server.ts",
      url: `${devIssuerUrl("national-id", IDP_PORT)}/.well-known/openid-configuration`,
      env: { IDP_PORT: String(IDP_PORT), APP_URLS: `${baseURL},${brokenURL}` },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `${nextBin} -p ${PORT}`,
      url: `${baseURL}/api/health`,
      env: appEnv(PORT, databaseUrl),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Port 9 (discard) has no PostgreSQL: every database call fails at once.
      command: `${nextBin} -p ${BROKEN_PORT}`,
      url: `${brokenURL}/sign-in`,
      env: appEnv(BROKEN_PORT, "postgres://postgres@127.0.0.1:9/okienko"),
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
