import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { waitForMessage } from "../fixtures/mail";
import { signInAsResident } from "../fixtures/sign-in";

test("a resident confirms an e-mail address with a code and chooses what to receive", async ({ page }) => {
  await signInAsResident(page, "Anna Nowak");
  await page.getByRole("link", { name: "Ustawienia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ustawienia powiadomień" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nowy adres e-mail").fill("to nie jest adres");
  await page.getByRole("button", { name: "Wyślij kod" }).click();
  await expect(page.getByRole("link", { name: /Wpisz adres e-mail w poprawnym formacie/ })).toBeVisible();

  const address = `anna.${Date.now()}@example.pl`;
  await page.getByLabel("Nowy adres e-mail").fill(address);
  await page.getByRole("button", { name: "Wyślij kod" }).click();
  await expect(page.getByRole("status").first()).toContainText(`Wysłaliśmy kod na adres ${address}`);
  const message = await waitForMessage({ to: address, subject: "Potwierdź adres e-mail w Okienku", timeoutMs: 20_000 });
  const code = /kod potwierdzający: (\d{6})/.exec(message.text)![1]!;

  await page.getByLabel("Kod z e-maila").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Potwierdź adres" }).click();
  await expect(page.getByRole("link", { name: /Kod jest nieprawidłowy/ })).toBeVisible();
  await page.getByLabel("Kod z e-maila").fill(code);
  await page.getByRole("button", { name: "Potwierdź adres" }).click();
  await expect(page.getByTestId("confirmed-email")).toHaveText(`Potwierdzony adres: ${address}`);

  await page.getByLabel("Zmiana statusu sprawy").uncheck();
  await page.getByRole("button", { name: "Zapisz ustawienia" }).click();
  await expect(page.getByText("Ustawienia zapisane.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Zmiana statusu sprawy")).not.toBeChecked();
  await expectAccessible(page);
});
