import { expect, test } from "@playwright/test";

import { queryDatabase } from "../fixtures/database";
import { signInAsResident } from "../fixtures/sign-in";

test("signing out ends the session on the server, not only in the browser", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsResident(page, "Anna Nowak");
  const cookies = await context.cookies();
  const sessionCookie = cookies.find((c) => c.name.includes("session-token"));
  expect(sessionCookie).toBeDefined();
  expect(await queryDatabase("select 1 from sessions where session_token = $1", [sessionCookie!.value])).toHaveLength(1);

  await page.getByRole("button", { name: "Wyloguj się" }).click();
  await expect(page.getByRole("link", { name: "Zaloguj się", exact: true })).toBeVisible();
  expect(await queryDatabase("select 1 from sessions where session_token = $1", [sessionCookie!.value])).toHaveLength(0);

  // The old cookie, replayed in a fresh browser, no longer opens anything.
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie!]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/account/cases");
  await expect(replayPage).toHaveURL(/\/sign-in/);
});
