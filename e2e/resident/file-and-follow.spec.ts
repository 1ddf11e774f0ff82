import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { signInAsResident, signInAsStaff } from "../fixtures/sign-in";
import { fileResidenceRegistration } from "../pages/residence-registration";

test("a resident files zameldowanie, a clerk handles it, the resident follows it", async ({ browser }) => {
  const residentPage = await (await browser.newContext()).newPage();
  await signInAsResident(residentPage, "Jan Kowalski");
  const kase = await fileResidenceRegistration(residentPage, { office: "Urząd Miejski w Gliwicach" });
  expect(kase.caseNumber).toMatch(/^SO\.5341\.\d+\.\d{4}$/);

  await residentPage.getByRole("link", { name: "Zobacz swoją sprawę" }).click();
  await expect(residentPage.getByTestId("case-status")).toContainText("Złożony");
  await expectAccessible(residentPage);
  await residentPage.goto("/account/cases");
  await expect(residentPage.getByRole("link", { name: kase.caseNumber })).toBeVisible();
  await expectAccessible(residentPage);

  const clerkPage = await (await browser.newContext()).newPage();
  await signInAsStaff(clerkPage, "Ewa Zielińska");
  await expectAccessible(clerkPage);
  await clerkPage.getByLabel("Status").selectOption("submitted");
  await clerkPage.getByRole("button", { name: "Filtruj" }).click();
  await clerkPage.getByRole("link", { name: kase.caseNumber }).click();
  await expect(clerkPage.getByText("44051401458").first()).toBeVisible();
  await expect(clerkPage.getByText("ul. Zwycięstwa 12/3, 44-100 Gliwice")).toBeVisible();
  await expectAccessible(clerkPage);

  await clerkPage.getByLabel("Nowy status").selectOption("in_progress");
  await clerkPage.getByLabel("Uwagi (widoczne dla wnioskodawcy)").fill("Weryfikujemy dane lokalu.");
  await clerkPage.getByRole("button", { name: "Zapisz zmianę statusu" }).click();
  await expect(clerkPage.getByRole("status")).toHaveText("Status sprawy został zmieniony.");
  await expect(clerkPage.getByTestId("case-status")).toContainText("W toku");
  await clerkPage.getByLabel("Nowy status").selectOption("decided");
  await clerkPage.getByRole("button", { name: "Zapisz zmianę statusu" }).click();
  await expect(clerkPage.getByTestId("case-status")).toContainText("Załatwiona");
  await expectAccessible(clerkPage);

  await residentPage.goto(`/account/cases/${kase.id}`);
  await expect(residentPage.getByTestId("case-status")).toContainText("Załatwiona");
  const history = residentPage.getByRole("list").filter({ hasText: "Wniosek złożony" });
  await expect(history).toContainText("Zmiana statusu: Złożony → W toku");
  await expect(history).toContainText("Weryfikujemy dane lokalu.");
  await expect(history).toContainText("Zmiana statusu: W toku → Załatwiona");
  await expect(residentPage.getByText("Ewa Zielińska")).toHaveCount(0);
  await expectAccessible(residentPage);
});
