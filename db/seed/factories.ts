/**
 * Row factories for the seed and for tests. Tests make their own rows with these and never
 * wipe tables, so they can run against a shared database.
 */
import { randomInt, randomUUID } from "node:crypto";

import type { Executor } from "../client";
import { accounts, departments, officeServices, offices, staffMemberships, users } from "../schema";
import type { StaffRole } from "./demo-people";

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** A random PESEL with a valid check digit (born 1950–1999). */
export function randomPesel(): string {
  const year = randomInt(50, 100);
  const month = randomInt(1, 13);
  const day = randomInt(1, 29);
  const serial = randomInt(0, 10_000);
  const body = [year, month, day].map((n) => String(n).padStart(2, "0")).join("") + String(serial).padStart(4, "0");
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (PESEL_WEIGHTS[i] ?? 0), 0);
  return body + String((10 - (sum % 10)) % 10);
}

function birthDateOf(pesel: string): string {
  return `19${pesel.slice(0, 2)}-${pesel.slice(2, 4)}-${pesel.slice(4, 6)}`;
}

export async function createOffice(db: Executor, overrides: Partial<typeof offices.$inferInsert> = {}) {
  const code = overrides.code ?? `office-${randomUUID().slice(0, 8)}`;
  const [office] = await db
    .insert(offices)
    .values({
      code,
      name: `Urząd testowy ${code}`,
      terytCode: "2466011",
      caseUnitSymbol: "UT",
      street: "ul. Testowa 1",
      postalCode: "44-100",
      city: "Gliwice",
      bankAccount: "73102024720000690200000000",
      ...overrides,
    })
    .returning();
  return office!;
}

export async function createDepartment(db: Executor, officeId: string, overrides: Partial<typeof departments.$inferInsert> = {}) {
  const [department] = await db
    .insert(departments)
    .values({ officeId, code: "so", name: "Wydział Spraw Obywatelskich", caseUnitSymbol: "SO", ...overrides })
    .returning();
  return department!;
}

export async function offerServices(db: Executor, officeId: string, serviceIds: string[]) {
  if (serviceIds.length === 0) return;
  await db.insert(officeServices).values(serviceIds.map((serviceId) => ({ officeId, serviceId }))).onConflictDoNothing();
}

export type ResidentInput = { sub?: string; pesel?: string; givenName?: string; familyName?: string; birthDate?: string; loa?: string; /** Stored as already confirmed. */ email?: string };

export async function createResident(db: Executor, input: ResidentInput = {}) {
  const pesel = input.pesel ?? randomPesel();
  const givenName = input.givenName ?? "Test";
  const familyName = input.familyName ?? "Mieszkaniec";
  const [user] = await db
    .insert(users)
    .values({
      kind: "resident",
      name: `${givenName} ${familyName}`,
      pesel,
      givenName,
      familyName,
      birthDate: input.birthDate ?? birthDateOf(pesel),
      levelOfAssurance: input.loa ?? "substantial",
      email: input.email ?? null,
      emailVerified: input.email ? new Date() : null,
    })
    .returning();
  await db.insert(accounts).values({ userId: user!.id, type: "oidc", provider: "national-id", providerAccountId: input.sub ?? `test-${randomUUID()}` });
  return user!;
}

export type StaffInput = { sub?: string; givenName?: string; familyName?: string; email?: string; officeId: string; departmentId: string; role: StaffRole };

export async function createStaff(db: Executor, input: StaffInput) {
  const givenName = input.givenName ?? "Test";
  const familyName = input.familyName ?? "Urzędnik";
  const [user] = await db
    .insert(users)
    .values({ kind: "staff", name: `${givenName} ${familyName}`, givenName, familyName, email: input.email ?? null, emailVerified: input.email ? new Date() : null })
    .returning();
  await db.insert(accounts).values({ userId: user!.id, type: "oidc", provider: "office-directory", providerAccountId: input.sub ?? `test-${randomUUID()}` });
  await db.insert(staffMemberships).values({ userId: user!.id, officeId: input.officeId, departmentId: input.departmentId, role: input.role });
  return user!;
}
