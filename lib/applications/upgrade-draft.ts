/** Moves a draft saved against an older form version onto the current one (see keepValidAnswers). */
import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db";
import { drafts } from "@/db/schema";
import { getService } from "@/lib/catalog/registry";
import { keepValidAnswers } from "@/lib/forms/keep-valid-answers";
import { applyPrefill } from "@/lib/forms/prefill";
import type { ResidentActor } from "@/lib/identity/actor";
import type { RequestContext } from "@/lib/identity/context";
import { formEnvFor, identityPrefillOf } from "./form-env";
import type { DraftRow } from "./queries";

export async function upgradeDraftIfStale(ctx: RequestContext & { actor: ResidentActor }, draft: DraftRow): Promise<{ draft: DraftRow; upgraded: boolean }> {
  const service = getService(draft.serviceId);
  if (draft.formVersion === service.version) return { draft, upgraded: false };
  const answers = applyPrefill(service.form, keepValidAnswers(service.form, draft.answers, formEnvFor(ctx)), identityPrefillOf(ctx.actor));
  await getDb()
    .update(drafts)
    .set({ answers, formVersion: service.version, currentStepId: null, updatedAt: ctx.now })
    .where(and(eq(drafts.id, draft.id), eq(drafts.applicantId, ctx.actor.userId)));
  return { draft: { ...draft, answers, formVersion: service.version, currentStepId: null }, upgraded: true };
}
