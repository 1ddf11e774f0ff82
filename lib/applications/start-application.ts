import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts, officeServices, offices } from "@/db/schema";
import { findService } from "@/lib/catalog/registry";
import { AppError } from "@/lib/errors";
import { firstStepId } from "@/lib/forms/journey";
import { applyPrefill } from "@/lib/forms/prefill";
import { requireResident } from "@/lib/identity/authorize";
import type { RequestContext } from "@/lib/identity/context";
import { identityPrefillOf } from "./form-env";

export type StartApplicationInput = { serviceId: string; officeCode: string };

export async function startApplication(ctx: RequestContext, input: StartApplicationInput) {
  const actor = requireResident(ctx.actor, "application.start");
  const service = findService(input.serviceId);
  if (!service) throw new AppError("NOT_FOUND");
  const [office] = await getDb()
    .select({ id: offices.id })
    .from(offices)
    .innerJoin(officeServices, and(eq(officeServices.officeId, offices.id), eq(officeServices.serviceId, service.id)))
    .where(eq(offices.code, input.officeCode))
    .limit(1);
  if (!office) throw new AppError("VALIDATION", { userMessage: "applications.errors.officeNotOffering" });
  const [draft] = await getDb()
    .insert(drafts)
    .values({
      applicantId: actor.userId,
      officeId: office.id,
      serviceId: service.id,
      formVersion: service.version,
      answers: applyPrefill(service.form, {}, identityPrefillOf(actor)),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: drafts.id });
  return { draftId: draft!.id, stepId: firstStepId(service.form) };
}
