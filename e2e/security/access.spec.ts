import { expect, test, type Browser } from "@playwright/test";

import { countRows, queryDatabase } from "../fixtures/database";
import { signInAsResident, signInAsStaff } from "../fixtures/sign-in";

/** A case of the demo resident Jan Kowalski at Gliwice, made through the real journey once. */
async function caseOfJan(browser: Browser): Promise<{ id: string; caseNumber: string }> {
  const rows = await queryDatabase<{ id: string; case_number: string }>(
    `select c.id, c.case_number from cases c join users u on u.id = c.applicant_id join offices o on o.id = c.office_id
     where u.pesel = '44051401458' and o.code = 'gliwice' order by c.received_at desc limit 1`,
  );
  if (rows[0]) return { id: rows[0].id, caseNumber: rows[0].case_number };
  const { fileResidenceRegistration } = await import("../pages/residence-registration");
  const page = await (await browser.newContext()).newPage();
  await signInAsResident(page, "Jan Kowalski");
  return fileResidenceRegistration(page, { office: "Urząd Miejski w Gliwicach", checkAccessibility: false });
}

test.describe("nobody sees what is not theirs", () => {
  test("another resident gets 404 and no data for a case id", async ({ browser }) => {
    const kase = await caseOfJan(browser);
    const page = await (await browser.newContext()).newPage();
    await signInAsResident(page, "Anna Nowak");
    for (const path of [`/account/cases/${kase.id}`, `/apply/submitted/${kase.id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      const html = await page.content();
      expect(html).not.toContain(kase.caseNumber);
      expect(html).not.toContain("44051401458");
      expect(html).not.toContain("Kowalski");
    }
    await page.goto("/account/cases");
    await expect(page.getByText(kase.caseNumber)).toHaveCount(0);
    // The signed documents and the receipt: 404 as well, and nothing of Jan's in the body.
    for (const kind of ["upo.pdf", "upo.json", "upo.jws", "wniosek.pdf"]) {
      const response = await page.request.get(`/api/cases/${kase.id}/documents/${kind}`);
      expect(response.status(), kind).toBe(404);
      expect(await response.text()).not.toContain("Kowalski");
    }
  });

  test("a clerk of another office gets 404 for the case", async ({ browser }) => {
    const kase = await caseOfJan(browser);
    const page = await (await browser.newContext()).newPage();
    await signInAsStaff(page, "Paweł Woźniak");
    const response = await page.goto(`/office/cases/${kase.id}`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(kase.caseNumber);
    expect((await page.request.get(`/api/cases/${kase.id}/documents/upo.pdf`)).status()).toBe(404);
  });

  test("a resident cannot open the office pages", async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await signInAsResident(page, "Anna Nowak");
    await page.goto("/office");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a server action posted without a session is refused and writes nothing", async ({ browser, playwright }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAsResident(page, "Anna Nowak", { checkAccessibility: false });
    await page.goto("/services/residence-registration");
    // Capture the real progressive-enhancement form fields (action id and bound arguments).
    const fields = await page.locator("#start-form").evaluate((form) =>
      [...new FormData(form as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
    );
    expect(fields.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
    const before = await countRows("drafts");
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const form = Object.fromEntries(fields.map(([k, v]) => [k, k === "office" ? "gliwice" : v]));
    const response = await anonymous.post("/services/residence-registration", { multipart: { ...form, office: "gliwice" }, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["location"] ?? "").not.toContain("/apply/");
    expect(await countRows("drafts")).toBe(before);
  });
});
