/**
 * The only reader of process.env in the app. Each section is parsed lazily and on its own,
 * so `next build` needs no secrets and a database-only test needs no identity settings.
 */
import { z } from "zod";

function section<S extends z.ZodType>(name: string, schema: S): () => z.infer<S> {
  let cached: z.infer<S> | undefined;
  return () => {
    if (cached === undefined) {
      const parsed = schema.safeParse(process.env);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
        throw new Error(`Invalid ${name} configuration: ${problems}`);
      }
      cached = parsed.data;
    }
    return cached as z.infer<S>;
  };
}

export const databaseConfig = section(
  "database",
  z.object({
    DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  }),
);

export const authConfig = section(
  "identity",
  z.object({
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
    NATIONAL_ID_ISSUER: z.string().url(),
    NATIONAL_ID_CLIENT_ID: z.string().min(1),
    NATIONAL_ID_CLIENT_SECRET: z.string().min(1),
    OFFICE_DIRECTORY_ISSUER: z.string().url(),
    OFFICE_DIRECTORY_CLIENT_ID: z.string().min(1),
    OFFICE_DIRECTORY_CLIENT_SECRET: z.string().min(1),
  }),
);

export const appConfig = section(
  "app",
  z.object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    APP_URL: z.string().url().default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  }),
);

export const mailConfig = section(
  "mail",
  z.object({
    SMTP_HOST: z.string().min(1).default("127.0.0.1"),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
    SMTP_SECURE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    MAIL_FROM: z.string().min(3).default("Okienko <no-reply@okienko.localhost>"),
    APP_URL: z.string().url().default("http://localhost:3000"),
  }),
);

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

/**
 * Attachments. ClamAV's clamd is reached over a unix socket (CLAMAV_SOCKET) or TCP
 * (CLAMAV_HOST + CLAMAV_PORT); with neither, no upload is ever marked clean.
 */
export const filesConfig = section(
  "files",
  z.object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    CLAMAV_SOCKET: z.preprocess(blankAsUnset, z.string().min(1).optional()),
    CLAMAV_HOST: z.preprocess(blankAsUnset, z.string().min(1).optional()),
    CLAMAV_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65535).default(3310)),
    /** Connection and whole-scan limit; past it the upload fails closed. */
    CLAMAV_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(100).max(600_000).default(30_000)),
    /** Hard cap on one upload request, whatever a field allows (a field's maxSizeMb is lower). */
    UPLOAD_MAX_MB: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(500).default(50)),
  }),
);

/**
 * Signing. SIGNING_KEK (32 bytes, base64 or base64url) encrypts the private keys of the seals
 * in the database; the one-time signing codes are HMAC'd under a key derived from it.
 */
export const signingConfig = section(
  "signing",
  z.object({
    SIGNING_KEK: z.string().min(43, "SIGNING_KEK must be 32 random bytes in base64 (generate: npm run signing:init -- --new-kek)"),
    APP_URL: z.string().url().default("http://localhost:3000"),
    /** An RFC 3161 time-stamp authority: receipts are sealed PAdES-B-T, or B-B when it fails. */
    SIGNING_TSA_URL: z.preprocess(blankAsUnset, z.string().url().optional()),
    SIGNING_TSA_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(100).max(60_000).default(3000)),
    /** PEM of the root(s) the TSA's certificate chains to, trusted for time-stamps besides our own root. */
    SIGNING_TSA_ROOTS: z.preprocess(blankAsUnset, z.string().optional()),
  }),
);
