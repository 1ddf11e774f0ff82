/** Each office chooses which catalogue services it offers; residents can apply only to those. */
import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db";
import { departments, officeServices } from "@/db/schema";
import { findService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { requireStaff } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";

export async function listOfferedServiceIds(ctx: RequestContext): Promise<Set<string>> {
  const actor = requireStaff(ctx.actor, "office.services");
  const rows = await getDb().select({ serviceId: officeServices.serviceId }).from(officeServices).where(eq(officeServices.officeId, actor.officeId));
  return new Set(rows.map((r) => r.serviceId));
}

/** Replaces the office's offer; a service needs a department of its code in this office. */
export async function setOfferedServices(ctx: RequestContext, serviceIds: string[]): Promise<void> {
  const actor = requireStaff(ctx.actor, "office.services");
  const unique = [...new Set(serviceIds)];
  const services = unique.map((id) => findService(id));
  if (services.some((s) => s === null)) throw new AppError("VALIDATION");
  await getDb().transaction(async (tx) => {
    const codes = new Set((await tx.select({ code: departments.code }).from(departments).where(eq(departments.officeId, actor.officeId))).map((d) => d.code));
    const missing = services.filter((s) => s && !codes.has(s.departmentCode));
    if (missing.length > 0) throw new AppError("VALIDATION", { userMessage: "office.services.missingDepartment" });
    await tx.delete(officeServices).where(eq(officeServices.officeId, actor.officeId));
    if (unique.length > 0) await tx.insert(officeServices).values(unique.map((serviceId) => ({ officeId: actor.officeId, serviceId })));
  });
}
