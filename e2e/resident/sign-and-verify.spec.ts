import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { expect, test, type Page } from "@playwright/test";

import { expectAccessible, expectNoHorizontalScroll } from "../fixtures/a11y";
import { queryDatabase } from "../fixtures/database";
import { signInAsResident } from "../fixtures/sign-in";
import { fileResidenceRegistration } from "../pages/residence-registration";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "okienko-upo-"));

async function uploadToVerify(page: Page, file: string) {
  await page.goto("/verify");
  await page.getByLabel("Plik UPO (PDF, do 2 MB)").setInputFiles(file);
  await page.getByRole("button", { name: "Sprawdź plik" }).click();
  return page.getByTestId("verify-result");
}

async function verifyCli(file: string, root: string) {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/verify-receipt.ts", file, "--root", root], { cwd: process.cwd() });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

test("a signed submission gets a receipt that /verify, verify-receipt and pdfsig accept, and a tampered copy fails", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsResident(page, "Jan Kowalski");
  const kase = await fileResidenceRegistration(page, { office: "Urząd Miejski w Gliwicach", codeMistakesFirst: true });
  const receiptNumber = (await page.getByTestId("receipt-number").textContent())!.trim();
  expect(receiptNumber).toMatch(/^UPO\/[A-Z0-9-]+\/\d{4}\/\d{6}$/);

  const download = page.waitForEvent("download");
  await page.getByTestId("receipt-pdf").click();
  const receiptFile = path.join(dir, "upo.pdf");
  await (await download).saveAs(receiptFile);
  const bytes = readFileSync(receiptFile);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // The public page: valid, matching the register, what it certifies; accessible on a phone too.
  const result = await uploadToVerify(page, receiptFile);
  await expect(result).toHaveAttribute("data-valid", "true");
  await expect(result).toContainText("UPO jest prawidłowe");
  await expect(result).toContainText("Zgadza się z rejestrem UPO");
  await expect(result).toContainText(kase.caseNumber);
  await expect(result).toContainText(receiptNumber);
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // A tampered copy: one byte changed in the signed range (the header's binary comment line).
  const tampered = Buffer.from(bytes);
  tampered[12] = tampered[12]! ^ 0x01;
  const tamperedFile = path.join(dir, "upo-tampered.pdf");
  writeFileSync(tamperedFile, tampered);
  const bad = await uploadToVerify(page, tamperedFile);
  await expect(bad).toHaveAttribute("data-valid", "false");
  await expect(bad).toContainText("UPO nie jest prawidłowe");
  await expect(bad).toContainText("Dokument zmieniono po opatrzeniu pieczęcią.");
  await expectAccessible(page);

  // Not a PDF, and a truncated file: "not a receipt", no crash.
  const textFile = path.join(dir, "note.pdf");
  writeFileSync(textFile, "to nie jest PDF");
  await expect(await uploadToVerify(page, textFile)).toContainText("To nie jest plik PDF.");
  const truncatedFile = path.join(dir, "upo-truncated.pdf");
  writeFileSync(truncatedFile, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await expect(await uploadToVerify(page, truncatedFile)).toHaveAttribute("data-valid", "false");

  // Receipt number and hash, as in the QR link.
  const [submission] = await queryDatabase<{ content_digest: string }>("select s.content_digest from submissions s join cases c on c.submission_id = s.id where c.id = $1", [kase.id]);
  await page.goto(`/verify?receipt=${encodeURIComponent(receiptNumber)}&hash=${submission!.content_digest}`);
  await expect(page.getByTestId("record-result")).toContainText(`UPO ${receiptNumber} jest w rejestrze`);
  await expect(page.getByTestId("record-result")).toContainText("Podpis danych UPO (JWS) jest ważny.");
  await expectAccessible(page);
  await page.goto(`/verify?receipt=${encodeURIComponent(receiptNumber)}&hash=${"0".repeat(64)}`);
  await expect(page.getByTestId("record-result")).toContainText("Nie znaleziono UPO");
  await page.goto(`/verify?receipt=&hash=xyz`);
  await expect(page.getByText("Wpisz numer UPO.")).toBeVisible();
  await expect(page.getByText("Wpisz skrót: 64 znaki")).toBeVisible();
  await expectAccessible(page);

  // Offline: the published root and the CLI.
  const rootResponse = await page.request.get("/certificates/root.pem");
  expect(rootResponse.status()).toBe(200);
  const rootFile = path.join(dir, "root.pem");
  writeFileSync(rootFile, await rootResponse.body());
  const ok = await verifyCli(receiptFile, rootFile);
  expect(ok.code, ok.stdout).toBe(0);
  expect(ok.stdout).toContain(`VALID receipt ${receiptNumber}`);
  const rejected = await verifyCli(tamperedFile, rootFile);
  expect(rejected.code).toBe(1);
  expect(rejected.stdout).toMatch(/^INVALID: tampered/);

  // pdfsig (poppler) with the root trusted in a fresh NSS database.
  const nss = path.join(dir, "nss");
  await run("mkdir", ["-p", nss]);
  await run("certutil", ["-N", "-d", `sql:${nss}`, "--empty-password"]);
  await run("certutil", ["-A", "-d", `sql:${nss}`, "-n", "okienko-root", "-t", "CT,C,C", "-i", rootFile]);
  const { stdout: pdfsig } = await run("pdfsig", ["-nssdir", `sql:${nss}`, receiptFile]);
  expect(pdfsig).toContain("Signature is Valid");
  expect(pdfsig).toContain("Certificate is Trusted");

  // The certificates page is public and accessible.
  await page.goto("/certificates");
  await expect(page.getByRole("heading", { level: 1, name: "Certyfikaty portalu" })).toBeVisible();
  await expectAccessible(page);
});

test("an oversized upload to /verify is refused before parsing", async ({ request }) => {
  const response = await request.post("/verify/upload", {
    headers: { Accept: "application/json" },
    multipart: { receipt: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(3 * 1024 * 1024, 0x25) } },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toMatchObject({ ok: false, failure: "too-large" });
});

test("the signing page sends an incomplete draft back to its first unanswered step", async ({ page }) => {
  await signInAsResident(page, "Tomasz Wójcik");
  await page.goto("/services/residence-registration");
  await page.getByLabel("Urząd Miejski w Gliwicach").check();
  await page.getByRole("button", { name: "Rozpocznij" }).click();
  await page.waitForURL(/\/apply\/[0-9a-f-]{36}\//);
  const draftId = page.url().split("/apply/")[1]!.split("/")[0]!;
  await page.goto(`/apply/${draftId}/sign`);
  await expect(page.getByRole("heading", { level: 1, name: "Twoje dane" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Podpisz i wyślij" })).toHaveCount(0);
});
