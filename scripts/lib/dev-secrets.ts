/**
 * Development secrets: generated once per checkout and kept in `.data/dev-secrets.json`
 * (git-ignored, mode 0600), so sessions survive restarts of `npm run dev`. Never used in production.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type DevSecrets = { AUTH_SECRET: string; SIGNING_KEK: string };

export function loadOrCreateDevSecrets(file: string): DevSecrets {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<DevSecrets>;
    if (typeof stored.AUTH_SECRET === "string" && stored.AUTH_SECRET.length >= 32 && typeof stored.SIGNING_KEK === "string") {
      chmodSync(file, 0o600);
      return { AUTH_SECRET: stored.AUTH_SECRET, SIGNING_KEK: stored.SIGNING_KEK };
    }
    // An older file without the signing key: keep its session secret, add the key.
    if (typeof stored.AUTH_SECRET === "string" && stored.AUTH_SECRET.length >= 32) return write(file, { AUTH_SECRET: stored.AUTH_SECRET, SIGNING_KEK: randomBytes(32).toString("base64url") });
  }
  return write(file, { AUTH_SECRET: randomBytes(32).toString("base64url"), SIGNING_KEK: randomBytes(32).toString("base64url") });
}

function write(file: string, secrets: DevSecrets): DevSecrets {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // `mode` only applies when the file is created
  return secrets;
}

/**
 * Sets AUTH_SECRET in `env` if missing: from the dev secrets file outside production, an error in
 * production. Returns where the secret came from, for the banner.
 */
export function ensureAuthSecret(env: NodeJS.ProcessEnv, file: string): "env" | "dev-file" {
  if (env.AUTH_SECRET) return "env";
  if (env.NODE_ENV === "production") {
    throw new Error(
      "AUTH_SECRET is not set. In production it must come from the environment " +
        "(generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\").",
    );
  }
  env.AUTH_SECRET = loadOrCreateDevSecrets(file).AUTH_SECRET;
  return "dev-file";
}

/**
 * Sets SIGNING_KEK (the key that encrypts the seals' private keys) if missing: from the dev
 * secrets file outside production, an error in production.
 */
export function ensureSigningKek(env: NodeJS.ProcessEnv, file: string): "env" | "dev-file" {
  if (env.SIGNING_KEK) return "env";
  if (env.NODE_ENV === "production") {
    throw new Error("SIGNING_KEK is not set. In production it must come from the environment or a secret manager (generate one with: npm run signing:init -- --new-kek).");
  }
  env.SIGNING_KEK = loadOrCreateDevSecrets(file).SIGNING_KEK;
  return "dev-file";
}
