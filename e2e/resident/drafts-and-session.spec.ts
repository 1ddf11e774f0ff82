import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { queryDatabase } from "../fixtures/database";
import { signInAsResident } from "../fixtures/sign-in";

test("a draft is saved step by step and resumed in a new browser exactly where it was left", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  await signInAsResident(first, "Tomasz Wójcik");
  await first.goto("/services/residence-registration");
  await first.getByLabel("Urząd Miasta Zabrze").check();
  await first.getByRole("button", { name: "Rozpocznij" }).click();
  await first.getByLabel("Inne").check();
  await first.getByLabel("Państwo obywatelstwa").fill("Ukraina");
  await first.getByRole("button", { name: "Dalej" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Rodzaj i okres pobytu" })).toBeVisible();
  const draftId = first.url().split("/").at(-2)!;

  const second = await (await browser.newContext()).newPage();
  await signInAsResident(second, "Tomasz Wójcik");
  await second.getByRole("link", { name: "Wersje robocze" }).click();
  await expectAccessible(second);
  await second.locator(`a[href="/apply/${draftId}"]`).click();
  await expect(second.getByRole("heading", { level: 1, name: "Rodzaj i okres pobytu" })).toBeVisible();
  await second.getByRole("link", { name: "Wstecz" }).click();
  await expect(second.getByLabel("Państwo obywatelstwa")).toHaveValue("Ukraina");
});

test("another resident cannot open or continue someone's draft", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signInAsResident(owner, "Zofia Kamińska");
  await owner.goto("/services/residence-registration");
  await owner.getByLabel("Urząd Miasta Zabrze").check();
  await owner.getByRole("button", { name: "Rozpocznij" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Twoje dane" })).toBeVisible();
  const draftId = owner.url().split("/").at(-2)!;

  const other = await (await browser.newContext()).newPage();
  await signInAsResident(other, "Anna Nowak");
  for (const path of [`/apply/${draftId}`, `/apply/${draftId}/person`, `/apply/${draftId}/check`]) {
    expect((await other.goto(path))?.status(), path).toBe(404);
    expect(await other.content()).not.toContain("02240803621");
  }
});

test("a warning appears before the session ends and the session can be extended", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsResident(page, "Anna Nowak");
  const token = (await context.cookies()).find((c) => c.name.includes("session-token"))!.value;
  // The browser's clock jumps to 56 minutes of inactivity; the server's session is real.
  await page.clock.install();
  await page.goto("/account/cases");
  const warning = page.getByRole("alert").filter({ hasText: "zostaniesz wylogowany" });
  await expect(warning).toBeHidden();
  await page.clock.fastForward("56:00");
  await expect(warning).toBeVisible();
  await expectAccessible(page);
  await queryDatabase("update sessions set expires = now() + interval '4 minutes' where session_token = $1", [token]);
  await warning.getByRole("button", { name: "Przedłuż sesję" }).click();
  await expect(warning).toBeHidden();
  const [row] = await queryDatabase<{ left: number }>("select extract(epoch from expires - now()) as left from sessions where session_token = $1", [token]);
  expect(Number(row!.left)).toBeGreaterThan(55 * 60);
});

test("catalogue search ignores case and Polish diacritics", async ({ page }) => {
  await page.goto("/services");
  await page.getByLabel("Szukaj usługi").fill("ZAMELDOWANIE pobyt staly");
  await page.getByRole("button", { name: "Szukaj" }).click();
  await expect(page.getByRole("link", { name: "Zameldowanie na pobyt stały lub czasowy" })).toBeVisible();
  await expectAccessible(page);
});
