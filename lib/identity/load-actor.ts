/** Turns a session's user id into an Actor, reading the person and their office membership. */
import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { staffMemberships, users } from "@/db/schema";
import type { Actor } from "./actor";

export async function loadActor(userId: string): Promise<Actor> {
  const rows = await getDb()
    .select({ user: users, membership: staffMemberships })
    .from(users)
    .leftJoin(staffMemberships, eq(staffMemberships.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  const row = rows[0];
  if (!row || row.user.disabledAt) return { type: "anonymous" };
  const { user, membership } = row;
  if (user.kind === "staff") {
    if (!membership) return { type: "anonymous" };
    return { type: "staff", userId: user.id, name: user.name ?? "", officeId: membership.officeId, departmentId: membership.departmentId, role: membership.role };
  }
  if (!user.pesel || !user.givenName || !user.familyName || !user.birthDate) return { type: "anonymous" };
  return {
    type: "resident",
    userId: user.id,
    pesel: user.pesel,
    givenName: user.givenName,
    familyName: user.familyName,
    birthDate: user.birthDate,
    levelOfAssurance: user.levelOfAssurance ?? "substantial",
  };
}
