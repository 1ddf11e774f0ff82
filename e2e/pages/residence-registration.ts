import { expect, type Page } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { signAndSend } from "./sign-application";

type Options = { office: string; checkAccessibility?: boolean; stayType?: "permanent" | "temporary"; codeMistakesFirst?: boolean };

function isoDaysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Warsaw" }).format(date);
}

/** Files "Zameldowanie" from the start page to the confirmation; returns the new case. */
export async function fileResidenceRegistration(page: Page, { office, checkAccessibility = true, stayType = "permanent", codeMistakesFirst = false }: Options) {
  const check = async () => {
    if (checkAccessibility) await expectAccessible(page);
  };
  const next = () => page.getByRole("button", { name: "Dalej" }).click();

  await page.goto("/services/residence-registration");
  await check();
  await page.getByLabel(office).check();
  await page.getByRole("button", { name: "Rozpocznij" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Twoje dane" })).toBeVisible();
  await expect(page.getByLabel("Numer PESEL")).toHaveAttribute("readonly", "");
  await check();
  await page.getByLabel("Polskie").check();
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Rodzaj i okres pobytu" })).toBeVisible();
  await check();
  if (stayType === "permanent") {
    await page.getByLabel("Pobyt stały").check();
    await page.getByLabel("Data rozpoczęcia pobytu").fill(isoDaysFromToday(-3));
    await page.getByRole("group", { name: /wymeldowujesz/ }).getByLabel("Nie").check();
  } else {
    await page.getByLabel("Pobyt czasowy").check();
    await page.getByLabel("Data rozpoczęcia pobytu").fill(isoDaysFromToday(-3));
    await page.getByLabel("Data zakończenia pobytu czasowego").fill(isoDaysFromToday(200));
  }
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Adres nowego miejsca pobytu" })).toBeVisible();
  await check();
  await page.getByLabel("Ulica").fill("ul. Zwycięstwa");
  await page.getByLabel("Numer domu").fill("12");
  await page.getByLabel("Numer lokalu (jeśli jest)").fill("3");
  await page.getByLabel("Kod pocztowy").fill("44-100");
  await page.getByLabel("Miejscowość").fill("Gliwice");
  await page.getByLabel("Gmina").fill("Gliwice");
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Poprzedni adres pobytu stałego" })).toBeVisible();
  await check();
  await page.getByLabel("Tak").check();
  await page.getByLabel("Ulica").fill("ul. Wolności");
  await page.getByLabel("Numer domu").fill("5");
  await page.getByLabel("Kod pocztowy").fill("41-800");
  await page.getByLabel("Miejscowość").fill("Zabrze");
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Tytuł prawny do lokalu" })).toBeVisible();
  await check();
  await page.getByLabel("Jestem właścicielem lub właścicielką lokalu").check();
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Oświadczenie" })).toBeVisible();
  await check();
  await page.getByLabel(/Oświadczam, że dane podane we wniosku/).check();
  await next();

  await expect(page.getByRole("heading", { level: 1, name: "Sprawdź swoje odpowiedzi" })).toBeVisible();
  await check();
  await signAndSend(page, { axe: checkAccessibility, mistakesFirst: codeMistakesFirst });

  await expect(page.getByRole("heading", { level: 1, name: "Wniosek został złożony" })).toBeVisible();
  await check();
  const caseNumber = (await page.getByTestId("case-number").textContent())!.trim();
  const id = page.url().split("/").pop()!;
  return { id, caseNumber };
}
