import { redirect } from "next/navigation";

import { getDraftForApplicant } from "@/lib/applications/queries";
import { upgradeDraftIfStale } from "@/lib/applications/upgrade-draft";
import { formEnvFor } from "@/lib/applications/form-env";
import { getService } from "@/lib/catalog/registry";
import { firstInvalidStepId, firstStepId } from "@/lib/forms/journey";
import { requireResidentPage } from "@/lib/identity/guards";
import { orNotFound } from "@/lib/pages";

type Props = { params: Promise<{ draftId: string }> };

/** Resuming a draft: back to where the resident was, or to the first step a changed form asks again. */
export default async function ResumeDraftPage({ params }: Props) {
  const { draftId } = await params;
  const ctx = await requireResidentPage(`/apply/${draftId}`);
  const { draft, upgraded } = await upgradeDraftIfStale(ctx, await orNotFound(getDraftForApplicant(ctx, draftId)));
  const form = getService(draft.serviceId).form;
  const invalid = firstInvalidStepId(form, draft.answers, formEnvFor(ctx));
  if (upgraded) redirect(`/apply/${draftId}/${invalid ?? "check"}?changed=1`);
  const current = draft.currentStepId;
  if (current === "check") redirect(`/apply/${draftId}/${invalid ?? "check"}`);
  redirect(`/apply/${draftId}/${current && form.steps.some((s) => s.id === current) ? current : (invalid ?? firstStepId(form))}`);
}
