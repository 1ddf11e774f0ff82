/** Shared setup for integration tests on real PostgreSQL (DATABASE_URL, migrated). */
import { randomUUID } from "node:crypto";

import { createDatabase, createPool } from "@/db/client";
import { drafts } from "@/db/schema";
import { createDepartment, createOffice, createResident, createStaff, offerServices } from "@/db/seed/factories";
import type { Actor, ResidentActor, StaffActor } from "@/lib/identity/actor";
import type { RequestContext } from "@/lib/identity/context";
import type { StaffRole } from "@/lib/identity/roles";
import type { Answers } from "@/lib/forms/types";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Integration tests need DATABASE_URL pointing at a migrated database; `npm test` provides one.");

export const testPool = createPool(url, { max: 4 });
export const testDb = createDatabase(testPool);

export function contextFor(actor: Actor, now = new Date()): RequestContext {
  return { actor, requestId: randomUUID(), now, locale: "pl" };
}

export async function makeOffice(serviceIds: string[] = ["residence-registration"]) {
  const office = await createOffice(testDb);
  const department = await createDepartment(testDb, office.id, { code: "so", caseUnitSymbol: "SO" });
  await offerServices(testDb, office.id, serviceIds);
  return { office, department };
}

/**
 * A resident; with `withEmail` also a confirmed address (signing codes go there). Without one by
 * default: every address means real e-mails for the delivery tests' worker to send.
 */
export async function makeResident(options: { withEmail?: boolean } = {}): Promise<ResidentActor> {
  const user = await createResident(testDb, options.withEmail ? { email: `resident-${randomUUID()}@example.test` } : {});
  return {
    type: "resident",
    userId: user.id,
    pesel: user.pesel!,
    givenName: user.givenName!,
    familyName: user.familyName!,
    birthDate: user.birthDate!,
    levelOfAssurance: "substantial",
  };
}

export async function makeStaff(officeId: string, departmentId: string, role: StaffRole = "clerk"): Promise<StaffActor> {
  const user = await createStaff(testDb, { officeId, departmentId, role });
  return { type: "staff", userId: user.id, name: user.name ?? "", officeId, departmentId, role };
}

export async function makeDraft(applicant: ResidentActor, officeId: string, answers: Answers, serviceId = "residence-registration", formVersion = 1) {
  const [draft] = await testDb.insert(drafts).values({ applicantId: applicant.userId, officeId, serviceId, formVersion, answers }).returning();
  return draft!;
}
