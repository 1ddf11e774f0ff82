/**
 * Keeps the portal's copy of a person in step with what the provider just asserted:
 * a resident's verified data, a staff member's office membership from the directory.
 */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { departments, offices, staffMemberships, users } from "@/db/schema";
import { isValidPesel } from "@/lib/forms/validators/pesel";
import type { NationalIdClaims, OfficeDirectoryClaims } from "./providers";
import { isStaffRole } from "./roles";

export function isAcceptableResidentClaims(claims: Partial<NationalIdClaims>): boolean {
  return typeof claims.pesel === "string" && isValidPesel(claims.pesel) && !!claims.given_name && !!claims.family_name;
}

export async function findDirectoryPlacement(claims: Partial<OfficeDirectoryClaims>) {
  if (!claims.office || !claims.department || !isStaffRole(claims.role)) return null;
  const [row] = await getDb()
    .select({ officeId: offices.id, departmentId: departments.id })
    .from(departments)
    .innerJoin(offices, eq(offices.id, departments.officeId))
    .where(and(eq(offices.code, claims.office), eq(departments.code, claims.department)))
    .limit(1);
  return row ? { ...row, role: claims.role } : null;
}

export async function syncResident(userId: string, claims: NationalIdClaims): Promise<void> {
  await getDb()
    .update(users)
    .set({
      kind: "resident",
      pesel: claims.pesel,
      givenName: claims.given_name,
      familyName: claims.family_name,
      name: `${claims.given_name} ${claims.family_name}`,
      birthDate: claims.birthdate,
      levelOfAssurance: claims.loa,
    })
    .where(eq(users.id, userId));
}

/** The directory is authoritative: the membership for that office becomes exactly what it says. */
export async function syncStaff(userId: string, claims: OfficeDirectoryClaims): Promise<void> {
  const placement = await findDirectoryPlacement(claims);
  if (!placement) return;
  const db = getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      // The directory manages staff addresses, so they count as confirmed.
      .set({
        kind: "staff",
        givenName: claims.given_name,
        familyName: claims.family_name,
        name: `${claims.given_name} ${claims.family_name}`,
        ...(claims.email ? { email: claims.email.toLowerCase(), emailVerified: new Date() } : {}),
      })
      .where(eq(users.id, userId));
    await tx
      .insert(staffMemberships)
      .values({ userId, ...placement })
      .onConflictDoUpdate({
        target: [staffMemberships.userId, staffMemberships.officeId],
        set: { departmentId: placement.departmentId, role: placement.role, updatedAt: new Date() },
      });
  });
}
