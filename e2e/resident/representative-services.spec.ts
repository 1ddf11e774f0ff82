import { expect, test } from "@playwright/test";

import { signInAsResident } from "../fixtures/sign-in";
import { fileWithExamples } from "../pages/fill-service";

// Together with zameldowanie (filed without JavaScript elsewhere) these use every field kind of
// the catalogue: groups, computed fees, attachments and all identifier kinds.
const services = [
  "agricultural-tax-declaration-dr1",
  "own-account-road-transport-certificate",
  "id-card-application",
  "tax-overpayment-refund",
  "alcohol-permit-off-premises",
];

for (const serviceId of services) {
  test(`${serviceId}: filed end to end with axe on every page`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsResident(page, "Anna Nowak");
    const caseNumber = await fileWithExamples(page, serviceId, "Urząd Miejski w Gliwicach");
    expect(caseNumber).toMatch(/^[A-Z]+(-[A-Z]+)?\.\d{1,4}\.\d+\.\d{4}$/);
  });
}
