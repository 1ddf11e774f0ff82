import { afterAll, describe, expect, it } from "vitest";

import { formEnvFor, identityPrefillOf } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { buildExampleAnswers } from "@/lib/forms/examples";
import { createDepartment } from "@/db/seed/factories";
import { contextFor, makeDraft, makeOffice, makeResident, makeStaff, testDb, testPool } from "@/lib/testing/database";
import { signAndSubmit } from "@/lib/testing/signing";
import { computeDueDate } from "./deadlines/due-date";
import { listOfficeQueue } from "./queries";

afterAll(() => testPool.end());

async function file(officeId: string, serviceId: string) {
  const service = getService(serviceId);
  const resident = await makeResident({ withEmail: true });
  const answers = buildExampleAnswers(service.form, formEnvFor(contextFor(resident)), identityPrefillOf(resident));
  return signAndSubmit(contextFor(resident), (await makeDraft(resident, officeId, answers, serviceId, service.version)).id);
}

describe("the office queue by deadline", () => {
  it("stores each case's statutory due date and lists the nearest first, 'immediately' last", async () => {
    // 3 months, 1 month, 7 days (tax department, no attachments to upload) and "immediately".
    const services = ["local-tax-individual-interpretation", "forest-tax-information-il1", "tax-no-arrears-certificate", "residence-registration"];
    const { office } = await makeOffice(services);
    const taxes = await createDepartment(testDb, office.id, { code: "fp", name: "Wydział Podatków i Opłat", caseUnitSymbol: "FP" });
    for (const id of services) await file(office.id, id);
    const clerk = contextFor(await makeStaff(office.id, taxes.id));
    const rows = await listOfficeQueue(clerk, { order: "due" });
    const expected = (id: string) => computeDueDate({ receivedAt: new Date(), rule: getService(id).deadline }).dueDate;
    const dates = rows.map((r) => r.dueDate);
    // Nearest first, "immediately" (no date) last.
    const dated = dates.slice(0, -1) as string[];
    expect(dated).toEqual([...dated].sort());
    expect([...dated].sort()).toEqual(services.map(expected).filter((d): d is string => d !== null).sort());
    expect(dates.at(-1)).toBeNull();
    expect(dated[0]).toBe(expected("tax-no-arrears-certificate"));
    expect(rows.at(-1)!.serviceName).toBe(getService("residence-registration").name.pl);
  });
});
