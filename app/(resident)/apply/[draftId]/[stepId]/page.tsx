import Link from "next/link";
import { notFound } from "next/navigation";

import { StepForm } from "@/components/forms/step-form";
import { formEnvFor } from "@/lib/applications/form-env";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { getService } from "@/lib/catalog/registry";
import { inputValuesOf } from "@/lib/forms/input-values";
import { previousStepId, stepProgress } from "@/lib/forms/journey";
import { localize } from "@/lib/forms/localize";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { saveStepAction } from "../actions";
import { upgradeDraftIfStale } from "@/lib/applications/upgrade-draft";

type Props = { params: Promise<{ draftId: string; stepId: string }>; searchParams: Promise<{ return?: string; changed?: string }> };

export default async function StepPage({ params, searchParams }: Props) {
  const { draftId, stepId } = await params;
  const query = await searchParams;
  const returnToCheck = query.return === "check";
  const ctx = await requireResidentPage(`/apply/${draftId}/${stepId}`);
  const t = translator(ctx.locale);
  const { draft, upgraded } = await upgradeDraftIfStale(ctx, await orNotFound(getDraftForApplicant(ctx, draftId)));
  const service = getService(draft.serviceId);
  const step = service.form.steps.find((s) => s.id === stepId);
  if (!step) notFound();

  const progress = stepProgress(service.form, stepId, draft.answers);
  const previous = previousStepId(service.form, stepId, draft.answers);
  const backHref = returnToCheck ? `/apply/${draftId}/check` : previous ? `/apply/${draftId}/${previous}` : `/services/${service.id}`;

  return (
    <>
      <p><Link href={backHref}>{t("common.back")}</Link></p>
      <p className="!mb-1 text-[var(--color-muted)]">
        {localize(service.name, ctx.locale)} · {t("applications.stepOf", { index: progress.index, total: progress.total })}
      </p>
      {(upgraded || query.changed === "1") && (
        <div role="status" className="mb-4 border-l-4 border-[var(--color-brand)] bg-[#eef4fa] p-3">{t("applications.drafts.changed")}</div>
      )}
      <h1>{localize(step.title, ctx.locale)}</h1>
      {step.description && <p>{localize(step.description, ctx.locale)}</p>}
      <StepForm
        definition={service.form}
        stepId={stepId}
        answers={draft.answers}
        values={inputValuesOf(service.form, draft.answers)}
        env={formEnvFor(ctx)}
        prefillNote={t("applications.prefilled")}
        optionalNote={t("applications.optional")}
        labels={{ continue: t("common.continue"), errorTitle: t("common.errorSummaryTitle") }}
        action={saveStepAction.bind(null, draftId, stepId, returnToCheck)}
      />
    </>
  );
}
