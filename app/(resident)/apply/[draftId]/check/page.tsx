import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { SummaryList } from "@/components/forms/summary-list";
import { formEnvFor } from "@/lib/applications/form-env";
import { getDraftForApplicant } from "@/lib/applications/queries";
import { getService } from "@/lib/catalog/registry";
import { firstInvalidStepId } from "@/lib/forms/journey";
import { localize } from "@/lib/forms/localize";
import { visibleAnswers } from "@/lib/forms/visibility";
import { summarizeAnswers } from "@/lib/forms/summarize";
import { requireResidentPage } from "@/lib/identity/guards";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/pages";
import { upgradeDraftIfStale } from "@/lib/applications/upgrade-draft";

export const metadata: Metadata = { title: "Sprawdź odpowiedzi" };

type Props = { params: Promise<{ draftId: string }> };

export default async function CheckAnswersPage({ params }: Props) {
  const { draftId } = await params;
  const ctx = await requireResidentPage(`/apply/${draftId}/check`);
  const t = translator(ctx.locale);
  const { draft } = await upgradeDraftIfStale(ctx, await orNotFound(getDraftForApplicant(ctx, draftId)));
  const service = getService(draft.serviceId);
  const env = formEnvFor(ctx);
  const answers = visibleAnswers(service.form, draft.answers);
  const incomplete = firstInvalidStepId(service.form, answers, env);
  if (incomplete) redirect(`/apply/${draftId}/${incomplete}`);
  const lastStep = service.form.steps[service.form.steps.length - 1]!;

  return (
    <>
      <p><Link href={`/apply/${draftId}/${lastStep.id}`}>{t("common.back")}</Link></p>
      <p className="!mb-1 text-[var(--color-muted)]">{localize(service.name, ctx.locale)}</p>
      <h1>{t("applications.check.title")}</h1>
      <p>{t("applications.check.lead")}</p>
      <dl className="mb-6 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("applications.check.office")}</dt>
        <dd>{draft.officeName}</dd>
      </dl>
      <SummaryList
        sections={summarizeAnswers(service.form, answers, env)}
        changeHref={(stepId) => `/apply/${draftId}/${stepId}?return=check`}
        changeLabel={(label) => t("applications.check.changeField", { label })}
        changeText={t("applications.check.change")}
      />
      <p><Link href={`/apply/${draftId}/sign`} className="btn">{t("signing.sign.toSign")}</Link></p>
    </>
  );
}
