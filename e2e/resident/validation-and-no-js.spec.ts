import { expect, test, type Page } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { countRows, queryDatabase } from "../fixtures/database";
import { signInAsResident } from "../fixtures/sign-in";
import { fileResidenceRegistration } from "../pages/residence-registration";

async function startDraft(page: Page): Promise<string> {
  await page.goto("/services/residence-registration");
  await page.getByLabel("Urząd Miasta Zabrze").check();
  await page.getByRole("button", { name: "Rozpocznij" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Twoje dane" })).toBeVisible();
  await page.getByLabel("Polskie").check();
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rodzaj i okres pobytu" })).toBeVisible();
  await page.getByRole("button", { name: "Dalej" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rodzaj i okres pobytu" })).toBeVisible();
  return page.url().split("/").at(-2)!;
}

async function fillInvalidAddress(page: Page) {
  await page.getByLabel("Ulica").fill("ul. Wolności");
  await page.getByLabel("Numer domu").fill("7");
  await page.getByLabel("Kod pocztowy").fill("41-80");
  await page.getByLabel("Miejscowość").fill("Zabrze");
  await page.getByRole("button", { name: "Dalej" }).click();
}

test.describe("bad input", () => {
  test("with JavaScript: an error summary links to each field and nothing is saved", async ({ page }) => {
    await signInAsResident(page, "Tomasz Wójcik");
    const draftId = await startDraft(page);
    const summary = page.getByRole("alert").filter({ hasText: "Wystąpił problem" });
    await expect(summary.getByRole("link", { name: "Wybierz rodzaj pobytu" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Podaj datę rozpoczęcia pobytu" })).toHaveAttribute("href", "#field-stayFrom");
    await expectAccessible(page);

    await page.getByLabel("Pobyt stały").check();
    await page.getByLabel("Data rozpoczęcia pobytu").fill("2026-11-20");
    await page.getByRole("group", { name: /wymeldowujesz/ }).getByLabel("Nie").check();
    await page.getByRole("button", { name: "Dalej" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Adres nowego miejsca pobytu" })).toBeVisible();

    await fillInvalidAddress(page);
    const link = page.getByRole("link", { name: /Wpisz kod pocztowy w formacie 00-000/ });
    await expect(link).toHaveAttribute("href", "#field-newAddress-postalCode");
    await link.click();
    await expect(page.getByLabel("Kod pocztowy")).toBeFocused();
    await expect(page.getByLabel("Ulica")).toHaveValue("ul. Wolności");
    const [draft] = await queryDatabase<{ answers: Record<string, unknown> }>("select answers from drafts where id = $1", [draftId]);
    expect(draft!.answers).not.toHaveProperty("newAddress");
  });

  test("without JavaScript: the server validates, re-renders with the summary and keeps the values", async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAsResident(page, "Tomasz Wójcik", { checkAccessibility: false });
    const draftId = await startDraft(page);
    await expect(page.getByRole("link", { name: "Wybierz rodzaj pobytu" })).toBeVisible();
    await page.getByLabel("Pobyt stały").check();
    await page.getByLabel("Data rozpoczęcia pobytu").fill("2026-11-20");
    await page.getByRole("group", { name: /wymeldowujesz/ }).getByLabel("Nie").check();
    await page.getByRole("button", { name: "Dalej" }).click();
    await fillInvalidAddress(page);
    await expect(page.getByRole("link", { name: /Wpisz kod pocztowy w formacie 00-000/ })).toHaveAttribute("href", "#field-newAddress-postalCode");
    await expect(page.getByLabel("Miejscowość")).toHaveValue("Zabrze");
    await expect(page.getByLabel("Kod pocztowy")).toHaveValue("41-80");
    const [draft] = await queryDatabase<{ answers: Record<string, unknown> }>("select answers from drafts where id = $1", [draftId]);
    expect(draft!.answers).not.toHaveProperty("newAddress");
  });

  test("without JavaScript the whole journey works", async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAsResident(page, "Zofia Kamińska", { checkAccessibility: false });
    const kase = await fileResidenceRegistration(page, { office: "Urząd Miasta Zabrze", checkAccessibility: false, stayType: "temporary" });
    expect(kase.caseNumber).toMatch(/^SO-II\.5341\.\d+\.\d{4}$/);
  });

  test("a replayed submission creates one case, not two", async ({ page }) => {
    await signInAsResident(page, "Zofia Kamińska");
    const submitRequests: { url: string; headers: Record<string, string>; body: Buffer }[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/sign")) {
        submitRequests.push({ url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      }
    });
    const kase = await fileResidenceRegistration(page, { office: "Urząd Miejski w Gliwicach", checkAccessibility: false });
    const [submission] = await queryDatabase<{ draft_id: string }>("select s.draft_id from submissions s join cases c on c.submission_id = s.id where c.id = $1", [kase.id]);
    expect(submitRequests.length).toBeGreaterThan(0);
    const original = submitRequests.at(-1)!;
    const replay = await page.request.post(original.url, { headers: original.headers, data: original.body, maxRedirects: 0 });
    expect(replay.status()).toBeLessThan(500);
    expect(await countRows("submissions", "draft_id = $1", [submission!.draft_id])).toBe(1);
  });
});
