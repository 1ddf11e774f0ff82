import { expect, type Page } from "@playwright/test";

import { getService } from "../../lib/catalog/registry";
import { buildExampleAnswers } from "../../lib/forms/examples";
import { inputValuesOf } from "../../lib/forms/input-values";
import { expectAccessible } from "../fixtures/a11y";
import { signAndSend } from "./sign-application";

const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Warsaw" }).format(new Date());

/** Sets every input on the current step whose name has an example value (any service, any kind). */
async function fillVisibleInputs(page: Page, values: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    for (const [name, value] of entries) {
      const inputs = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`)];
      for (const input of inputs) {
        if (input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox")) {
          input.checked = input.type === "radio" ? input.value === value : value.split(",").includes(input.value);
        } else if (!(input instanceof HTMLInputElement && input.readOnly) && input.type !== "hidden") {
          input.value = value;
        }
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
  }, Object.entries(values));
}

/** A minimal valid PDF: its magic bytes are what the upload route checks. */
export const samplePdf = { name: "dokument.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };
/** A 1×1 PNG, for fields that accept only images. */
export const samplePng = {
  name: "zdjecie.png",
  mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
};

/** Adds group items ("Dodaj kolejny") until each group has as many items as its example. */
async function addGroupItems(page: Page, values: Record<string, string>): Promise<void> {
  const addButtons = page.locator('#step-form button[name="$intent"][value^="add:"]');
  for (const value of await addButtons.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("value") ?? ""))) {
    const key = value.slice("add:".length);
    const wanted = Number(values[`${key}.count`] ?? 0);
    const countInput = page.locator(`#step-form input[name="${key}.count"]`);
    const current = async () => ((await countInput.count()) > 0 ? Number(await countInput.inputValue()) : 0);
    for (let have = await current(); have < wanted; have++) {
      await page.locator(`#step-form button[name="$intent"][value="${value}"]`).click();
      await expect.poll(current, { timeout: 15_000 }).toBe(have + 1);
      await page.locator('#step-form[data-hydrated="true"]').waitFor();
    }
  }
}

/** Attaches a sample file of an accepted type to every file field on the current step. */
async function attachToFileFields(page: Page): Promise<void> {
  const inputs = page.locator('#step-form input[type="file"]');
  const count = await inputs.count();
  for (let i = 0; i < count; i++) {
    const before = await page.locator('#step-form a[href^="/api/files/"]').count();
    const accept = (await inputs.nth(i).getAttribute("accept")) ?? "";
    await inputs.nth(i).setInputFiles(accept.includes("pdf") || accept === "" ? samplePdf : samplePng);
    await expect(page.locator('#step-form a[href^="/api/files/"]')).toHaveCount(before + 1, { timeout: 15_000 });
  }
}

/**
 * Files a service from its start page to the confirmation with each field kind's example value,
 * checking every page with axe (unless JavaScript is off, which axe needs).
 */
export async function fileWithExamples(page: Page, serviceId: string, office: string, { axe = true } = {}) {
  const service = getService(serviceId);
  const answers = buildExampleAnswers(service.form, { today: today(), locale: "pl" });
  const values = inputValuesOf(service.form, answers);
  await page.goto(`/services/${serviceId}`);
  if (axe) await expectAccessible(page);
  await page.getByLabel(office).check();
  await page.getByRole("button", { name: "Rozpocznij" }).click();
  for (let guard = 0; guard < 20; guard++) {
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (page.url().endsWith("/check")) break;
    if (axe) await expectAccessible(page);
    // Fill only once React has taken over the form, then again for fields the answers revealed.
    if (axe) await page.locator('#step-form[data-hydrated="true"]').waitFor();
    await addGroupItems(page, values);
    await attachToFileFields(page);
    await fillVisibleInputs(page, values);
    await fillVisibleInputs(page, values);
    const before = page.url();
    await page.getByRole("button", { name: "Dalej" }).click();
    await page.waitForURL((url) => url.toString() !== before, { timeout: 15_000 });
  }
  await expect(page.getByRole("heading", { level: 1, name: "Sprawdź swoje odpowiedzi" })).toBeVisible();
  if (axe) await expectAccessible(page);
  await signAndSend(page, { axe });
  await expect(page.getByRole("heading", { level: 1, name: "Wniosek został złożony" })).toBeVisible();
  return (await page.getByTestId("case-number").textContent())!.trim();
}
