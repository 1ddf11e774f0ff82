/** Finds the Chromium that Playwright drives (Debian's package; Playwright's download does not work here). */
import { accessSync, constants } from "node:fs";
import path from "node:path";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function commandExists(name: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir && isExecutable(path.join(dir, name)));
}

export type ChromiumPlan =
  | { kind: "found"; path: string }
  | { kind: "install" } // root with apt-get: install it ourselves
  | { kind: "missing"; message: string };

export function planChromium(env: NodeJS.ProcessEnv = process.env): ChromiumPlan {
  if (env.CHROMIUM_PATH) {
    return isExecutable(env.CHROMIUM_PATH)
      ? { kind: "found", path: env.CHROMIUM_PATH }
      : { kind: "missing", message: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no executable there.` };
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return { kind: "found", path: DEFAULT_CHROMIUM };
  if (process.getuid?.() === 0 && commandExists("apt-get")) return { kind: "install" };
  return {
    kind: "missing",
    message:
      `The browser tests need Chromium at ${DEFAULT_CHROMIUM}. Install it with:\n\n` +
      "  sudo apt-get install -y chromium\n\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  };
}

