import { afterAll, describe, expect, it } from "vitest";

import { listOfficesOffering } from "@/lib/applications/queries";
import { startApplication } from "@/lib/applications/start-application";
import { contextFor, makeOffice, makeResident, makeStaff, testPool } from "@/lib/testing/database";
import { listOfferedServiceIds, setOfferedServices } from "./offered-services";

afterAll(() => testPool.end());

describe("offered services", () => {
  it("lets the office admin choose the offer, and residents can apply only to offered services", async () => {
    const { office, department } = await makeOffice();
    const admin = await makeStaff(office.id, department.id, "office_admin");
    const resident = await makeResident();
    expect([...(await listOfferedServiceIds(contextFor(admin)))]).toEqual(["residence-registration"]);

    await setOfferedServices(contextFor(admin), []);
    expect((await listOfficesOffering("residence-registration")).map((o) => o.code)).not.toContain(office.code);
    await expect(startApplication(contextFor(resident), { serviceId: "residence-registration", officeCode: office.code })).rejects.toMatchObject({ code: "VALIDATION" });

    await setOfferedServices(contextFor(admin), ["residence-registration"]);
    await expect(startApplication(contextFor(resident), { serviceId: "residence-registration", officeCode: office.code })).resolves.toMatchObject({ stepId: "person" });
  });

  it("refuses clerks and unknown services, changing nothing", async () => {
    const { office, department } = await makeOffice();
    const clerk = await makeStaff(office.id, department.id, "clerk");
    const admin = await makeStaff(office.id, department.id, "office_admin");
    await expect(setOfferedServices(contextFor(clerk), [])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setOfferedServices(contextFor(admin), ["no-such-service"])).rejects.toMatchObject({ code: "VALIDATION" });
    expect([...(await listOfferedServiceIds(contextFor(admin)))]).toEqual(["residence-registration"]);
  });
});
