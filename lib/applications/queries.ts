/** Reads for the application journey. Every draft read is scoped to its applicant in SQL. */
import "server-only";

import { and, asc, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts, officeServices, offices } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";

export type DraftRow = typeof drafts.$inferSelect & { officeName: string };

export async function getDraftForApplicant(ctx: RequestContext, draftId: string): Promise<DraftRow> {
  const actor = requireResident(ctx.actor, "draft.save");
  if (!isUuid(draftId)) throw new AppError("NOT_FOUND");
  const [row] = await getDb()
    .select({ draft: drafts, officeName: offices.name })
    .from(drafts)
    .innerJoin(offices, eq(offices.id, drafts.officeId))
    .where(and(eq(drafts.id, draftId), eq(drafts.applicantId, actor.userId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row.draft, officeName: row.officeName };
}

export type OfficeOption = { code: string; name: string; city: string };

/** Public: which offices on the platform offer a service. */
export async function listOfficesOffering(serviceId: string): Promise<OfficeOption[]> {
  return getDb()
    .select({ code: offices.code, name: offices.name, city: offices.city })
    .from(offices)
    .innerJoin(officeServices, eq(officeServices.officeId, offices.id))
    .where(eq(officeServices.serviceId, serviceId))
    .orderBy(asc(offices.name));
}
