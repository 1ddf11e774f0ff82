import { expect, test } from "@playwright/test";

import { expectAccessible } from "../fixtures/a11y";
import { countRows, queryDatabase } from "../fixtures/database";
import { signInAsResident } from "../fixtures/sign-in";
import { samplePng } from "../pages/fill-service";

const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

test("uploads are checked by content and scanned; refused files are never attached", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAsResident(page, "Zofia Kamińska", { checkAccessibility: false });
  await page.goto("/services/id-card-application");
  await page.getByLabel("Urząd Miasta Zabrze").check();
  await page.getByRole("button", { name: "Rozpocznij" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const draftId = page.url().split("/").at(-2)!;
  const [field] = await queryDatabase<{ step: string; key: string }>(
    `select s->>'id' as step, f->>'key' as key from jsonb_array_elements($1::jsonb) s, jsonb_array_elements(s->'fields') f where f->>'kind' = 'file' limit 1`,
    [JSON.stringify((await import("../../lib/catalog/registry")).getService("id-card-application").form.steps)],
  );
  await page.goto(`/apply/${draftId}/${field!.step}/upload/${field!.key}`);
  const send = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    await page.locator("#file-input").setInputFiles(file);
    await page.getByRole("button", { name: "Dołącz plik" }).click();
  };

  await send({ name: "zdjecie.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]) });
  await expect(page.getByRole("link", { name: /zawartość nie jest plikiem dozwolonego typu/ })).toBeVisible();

  await send({ name: "skan.txt", mimeType: "text/plain", buffer: Buffer.from(EICAR) });
  await expect(page.getByText(/dozwolonego typu|złośliwe oprogramowanie/).first()).toBeVisible();

  // A real image with the EICAR test string inside: the type is right, the scanner must catch it.
  await send({ name: "wirus.png", mimeType: "image/png", buffer: Buffer.concat([samplePng.buffer, Buffer.from(EICAR)]) });
  await expect(page.getByRole("link", { name: /wykryto złośliwe oprogramowanie/ })).toBeVisible();

  const [before] = await queryDatabase<{ answers: Record<string, unknown> }>("select answers from drafts where id = $1", [draftId]);
  expect(before!.answers[field!.key] ?? null).toBeNull();

  await send(samplePng);
  await expect(page).toHaveURL(new RegExp(`/apply/${draftId}/${field!.step}`));
  await expect(page.getByRole("link", { name: "zdjecie.png", exact: true })).toBeVisible();
  expect(await countRows("drafts", "id = $1 and answers ? $2", [draftId, field!.key])).toBe(1);
});

test("attachments are downloadable only by their owner, as attachments with nosniff", async ({ browser }) => {
  const owner = await (await browser.newContext()).newPage();
  await signInAsResident(owner, "Zofia Kamińska");
  const [file] = await queryDatabase<{ id: string }>(
    "select f.id from stored_files f join users u on u.id = f.owner_id where u.pesel = '02240803621' and f.scan_status = 'clean' order by f.created_at desc limit 1",
  );
  expect(file, "the previous test attaches a clean file").toBeDefined();
  const own = await owner.request.get(`/api/files/${file!.id}`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  const other = await (await browser.newContext()).newPage();
  await signInAsResident(other, "Anna Nowak");
  expect((await other.request.get(`/api/files/${file!.id}`)).status()).toBe(404);
  await expectAccessible(owner);
});
