import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { startDevIdentityProvider } from "./server";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

function runServer(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["lib/identity/dev-provider/server.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe("production refusal", () => {
  it("exits with code 1 and explains what to configure when NODE_ENV=production", async () => {
    const { code, stderr } = await runServer({ ...process.env, NODE_ENV: "production", IDP_PORT: "0" });
    expect(code).toBe(1);
    expect(stderr).toContain("refuses to run with NODE_ENV=production");
    expect(stderr).toContain("environment variables");
  });

  it("refuses to start from code as well", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      await expect(startDevIdentityProvider({ port: 0 })).rejects.toThrow(/NODE_ENV=production/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
