/** Reads for the application journey. Every draft read is scoped to its applicant in SQL. */
import "server-only";

import { and, asc, desc, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts, officeServices, offices } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { isUuid } from "@/lib/ids";
import { findService } from "@/lib/catalog/registry";
import { localize } from "@/lib/forms/localize";

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

export type DraftListItem = { id: string; serviceName: string; officeName: string; updatedAt: string; outdated: boolean };

/** "Wersje robocze": the resident's own drafts, newest first. */
export async function listDraftsForApplicant(ctx: RequestContext): Promise<DraftListItem[]> {
  const actor = requireResident(ctx.actor, "draft.save");
  const rows = await getDb()
    .select({ draft: drafts, officeName: offices.name })
    .from(drafts)
    .innerJoin(offices, eq(offices.id, drafts.officeId))
    .where(eq(drafts.applicantId, actor.userId))
    .orderBy(desc(drafts.updatedAt))
    .limit(100);
  return rows.map(({ draft, officeName }) => {
    const service = findService(draft.serviceId);
    return {
      id: draft.id,
      serviceName: service ? localize(service.name, ctx.locale) : draft.serviceId,
      officeName,
      updatedAt: draft.updatedAt.toISOString(),
      outdated: !!service && service.version !== draft.formVersion,
    };
  });
}
