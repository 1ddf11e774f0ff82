import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";

const brokenURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

test.describe("health and failure", () => {
  test("health answers 200 when the database is reachable", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });

  test("health answers 503 without a stack trace when the database is unreachable", async ({ request }) => {
    const response = await request.get(`${brokenURL}/api/health`);
    expect(response.status()).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: "unavailable", database: "down" });
    expect(body).not.toMatch(/ECONNREFUSED|at .*\.js|Error:/);
  });

  test("a page that needs the database shows a friendly error page", async ({ page }) => {
    const response = await page.goto(`${brokenURL}/services/residence-registration`);
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Przepraszamy, wystąpił problem");
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:9|node_modules/);
    await expectAccessible(page);
  });

  test("public pages pass axe and fit a 320 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    for (const path of ["/", "/services", "/services/residence-registration", "/sign-in", "/accessibility", "/no-such-page"]) {
      await page.goto(path);
      await expectAccessible(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("responses carry the security headers and no X-Powered-By", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["x-powered-by"]).toBeUndefined();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
