import { expect, type Page } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { waitForSigningCode } from "../fixtures/mail";

/** From the check-your-answers page: to the signing page, a code by e-mail, signed and filed. */
export async function signAndSend(page: Page, { axe = true, mistakesFirst = false } = {}): Promise<void> {
  await page.getByRole("link", { name: "Przejdź do podpisu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Podpisz i wyślij" })).toBeVisible();
  if (axe) await expectAccessible(page);
  const documentHash = (await page.getByTestId("document-hash").textContent())!.trim();
  await page.getByRole("button", { name: "Wyślij kod" }).click();
  const codeInput = page.getByLabel("Kod z wiadomości e-mail");
  await expect(codeInput).toBeVisible();
  if (axe) await expectAccessible(page);
  const code = await waitForSigningCode(documentHash);
  const submit = page.getByRole("button", { name: "Podpisz i wyślij wniosek" });
  if (mistakesFirst) {
    // A malformed code does not use up an attempt; a wrong one does, and says so.
    await codeInput.fill("12ab");
    await submit.click();
    await expect(page.getByRole("link", { name: "Wpisz kod z wiadomości e-mail: 6 cyfr." })).toBeVisible();
    if (axe) await expectAccessible(page);
    await codeInput.fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await submit.click();
    await expect(page.getByRole("link", { name: /Kod jest nieprawidłowy/ })).toBeVisible();
  }
  await codeInput.fill(code);
  await submit.click();
}
