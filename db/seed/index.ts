/** Demo data for a fresh database: offices, departments, staff and residents from the demo directory. */
import { sql } from "drizzle-orm";

import { listServices } from "@/lib/catalog/registry";
import { createDatabase, createPool } from "../client";
import { offices } from "../schema";
import { demoResidents, demoStaff } from "./demo-people";
import { demoOffices } from "./demo-offices";
import { createDepartment, createOffice, createResident, createStaff, offerServices } from "./factories";

const SEED_LOCK = 7_301_002;

export async function seedDemoData(databaseUrl: string): Promise<{ seeded: boolean }> {
  const pool = createPool(databaseUrl, { max: 1 });
  const db = createDatabase(pool);
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
      const existing = await tx.select({ id: offices.id }).from(offices).limit(1);
      if (existing.length > 0) return { seeded: false };

      const departmentIds = new Map<string, string>();
      const officeIds = new Map<string, string>();
      for (const demo of demoOffices) {
        const { departments, ...officeFields } = demo;
        const office = await createOffice(tx, officeFields);
        officeIds.set(demo.code, office.id);
        for (const dept of departments) {
          const department = await createDepartment(tx, office.id, dept);
          departmentIds.set(`${demo.code}/${dept.code}`, department.id);
        }
        await offerServices(tx, office.id, listServices().map((service) => service.id));
      }
      for (const person of demoResidents) {
        await createResident(tx, person);
      }
      for (const person of demoStaff) {
        await createStaff(tx, {
          ...person,
          officeId: officeIds.get(person.officeCode)!,
          departmentId: departmentIds.get(`${person.officeCode}/${person.departmentCode}`)!,
        });
      }
      return { seeded: true };
    });
  } finally {
    await pool.end();
  }
}
