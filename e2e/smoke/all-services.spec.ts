import { expect, test } from "@playwright/test";

import { listServices } from "../../lib/catalog/registry";
import { expectAccessible } from "../fixtures/a11y";
import { signInAsResident } from "../fixtures/sign-in";

// Every service's start page and first step render and pass axe.
test("every service's start page and first step", async ({ page }) => {
  test.setTimeout(20 * 60_000);
  await signInAsResident(page, "Anna Nowak");
  for (const service of listServices()) {
    await page.goto(`/services/${service.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(service.name.pl);
    await expectAccessible(page);
    await page.getByLabel("Urząd Miejski w Gliwicach").check();
    await page.getByRole("button", { name: "Rozpocznij" }).click();
    await expect(page.getByRole("heading", { level: 1, name: service.form.steps[0]!.title.pl })).toBeVisible();
    await expectAccessible(page);
  }
});
