import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Architecture rule 1: routing and presentation never touch the database. This checks that the
// lint rule holding that line really fires, so it cannot be switched off unnoticed.
const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("database import boundary", () => {
  it.each([
    ["app/(public)/example/page.tsx", 'import { getDb } from "@/db";\nexport const x = getDb;\n'],
    ["components/example.tsx", 'import { eq } from "drizzle-orm";\nexport const x = eq;\n'],
    ["app/api/example/route.ts", 'import pg from "pg";\nexport const x = pg;\n'],
  ])("refuses a database import in %s", async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain("no-restricted-imports");
  });

  it("allows it in lib/", async () => {
    expect(await ruleIdsFor("lib/example.ts", 'import { getDb } from "@/db";\nexport const x = getDb;\n')).not.toContain("no-restricted-imports");
  });
});
