import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { waitForMessage } from "../fixtures/mail";
import { signInAsResident, signInAsStaff } from "../fixtures/sign-in";
import { fileResidenceRegistration } from "../pages/residence-registration";

test("a resident files zameldowanie, a clerk handles it, the resident follows it", async ({ browser }) => {
  const residentPage = await (await browser.newContext()).newPage();
  await signInAsResident(residentPage, "Jan Kowalski");
  const kase = await fileResidenceRegistration(residentPage, { office: "Urząd Miejski w Gliwicach" });
  expect(kase.caseNumber).toMatch(/^SO\.5341\.\d+\.\d{4}$/);
  const receipt = await waitForMessage({ to: "jan.kowalski@example.pl", subject: `Wniosek złożony: ${kase.caseNumber}`, timeoutMs: 20_000 });
  expect(receipt.text).toContain("Urząd Miejski w Gliwicach");
  expect(receipt.text).not.toContain("44051401458");
  expect(receipt.text).not.toContain("Zwycięstwa");

  await residentPage.getByRole("link", { name: "Zobacz swoją sprawę" }).click();
  await expect(residentPage.getByTestId("case-status")).toContainText("Złożony");
  // Zameldowanie is handled "immediately" (niezwłocznie): no countdown, but the rule is stated.
  await expect(residentPage.getByTestId("case-due-date")).toContainText("niezwłocznie");
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

  await waitForMessage({ to: "jan.kowalski@example.pl", subject: `Sprawa ${kase.caseNumber}: nowy status`, timeoutMs: 20_000 });
  await residentPage.goto(`/account/cases/${kase.id}`);
  await expect(residentPage.getByTestId("case-status")).toContainText("Załatwiona");
  const history = residentPage.getByRole("list").filter({ hasText: "Wniosek złożony" });
  await expect(history).toContainText("Zmiana statusu: Złożony → W toku");
  await expect(history).toContainText("Weryfikujemy dane lokalu.");
  await expect(history).toContainText("Zmiana statusu: W toku → Załatwiona");
  await expect(residentPage.getByText("Ewa Zielińska")).toHaveCount(0);
  await expectAccessible(residentPage);
});

test("a head of department assigns a case and the clerk is told in the app and by e-mail", async ({ browser }) => {
  const residentPage = await (await browser.newContext()).newPage();
  await signInAsResident(residentPage, "Tomasz Wójcik");
  const kase = await fileResidenceRegistration(residentPage, { office: "Urząd Miejski w Gliwicach", checkAccessibility: false });

  const headPage = await (await browser.newContext()).newPage();
  await signInAsStaff(headPage, "Piotr Wiśniewski");
  await headPage.goto(`/office/cases/${kase.id}`);
  await headPage.getByLabel("Przydziel do").selectOption({ label: "Marek Dąbrowski" });
  await headPage.getByRole("button", { name: "Przydziel" }).click();
  await expect(headPage.getByRole("status")).toHaveText("Sprawa została przydzielona.");
  await expectAccessible(headPage);
  await waitForMessage({ to: "marek.dabrowski@gliwice.example.pl", subject: `Przydzielono Ci sprawę ${kase.caseNumber}`, timeoutMs: 20_000 });

  const clerkPage = await (await browser.newContext()).newPage();
  await signInAsStaff(clerkPage, "Marek Dąbrowski");
  await clerkPage.getByRole("link", { name: /Powiadomienia \(\d+ nowe\)/ }).click();
  await expect(clerkPage.getByText(`Przydzielono Ci sprawę ${kase.caseNumber}.`)).toBeVisible();
  await expectAccessible(clerkPage);
  await clerkPage.getByRole("button", { name: "Oznacz wszystkie jako przeczytane" }).click();
  await expect(clerkPage.getByRole("link", { name: "Powiadomienia", exact: true })).toBeVisible();
});
