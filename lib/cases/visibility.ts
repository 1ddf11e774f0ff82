/**
 * The SQL form of the case rule in lib/identity/policy.ts (`canSeeCase`): every case query
 * filters through it, so what an actor may not see is simply not found.
 */
import { eq, sql, type SQL } from "drizzle-orm";

import { cases } from "@/db/schema";
import type { Actor } from "@/lib/identity/actor";

export function caseVisibleTo(actor: Actor): SQL {
  if (actor.type === "resident") return eq(cases.applicantId, actor.userId);
  if (actor.type === "staff") return eq(cases.officeId, actor.officeId);
  return sql`false`;
}
