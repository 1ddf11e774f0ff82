import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { StartApplicationForm } from "@/components/forms/start-application-form";
import { listOfficesOffering } from "@/lib/applications/queries";
import { formatDeadline, formatFee } from "@/lib/catalog/describe";
import { findService } from "@/lib/catalog/registry";
import { localize } from "@/lib/forms/localize";
import { getRequestContext } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";
import { startApplicationAction } from "./actions";

type Props = { params: Promise<{ serviceId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = findService((await params).serviceId);
  return { title: service ? service.name.pl : "Usługa" };
}

export default async function ServiceStartPage({ params }: Props) {
  const { serviceId } = await params;
  const service = findService(serviceId);
  if (!service) notFound();
  const ctx = await getRequestContext();
  const t = translator(ctx.locale);
  const l = (text: Parameters<typeof localize>[0]) => localize(text, ctx.locale);
  const offices = await listOfficesOffering(service.id);

  return (
    <>
      <h1>{l(service.name)}</h1>
      <p className="text-lg">{l(service.summary)}</p>
      <h2>{t("publicPages.service.whoCanApply")}</h2>
      <p>{l(service.whoCanApply)}</p>
      <h2>{t("publicPages.service.whatYouNeed")}</h2>
      <ul className="bullets">{service.whatYouNeed.map((item, i) => <li key={i}>{l(item)}</li>)}</ul>
      <dl className="my-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("publicPages.service.fee")}</dt>
        <dd>{formatFee(service.fee.amountGrosze, t)}{service.fee.note ? ` (${l(service.fee.note)})` : ""}</dd>
        <dt className="font-bold">{t("publicPages.service.deadline")}</dt>
        <dd>{formatDeadline(service.deadline, t)}{service.deadlineNote ? ` (${l(service.deadlineNote)})` : ""}</dd>
        <dt className="font-bold">{t("publicPages.service.legalBasis")}</dt>
        <dd>{l(service.legalBasis)}</dd>
      </dl>
      {offices.length === 0 ? (
        <p>{t("publicPages.service.noOffice")}</p>
      ) : ctx.actor.type === "resident" ? (
        <StartApplicationForm
          action={startApplicationAction.bind(null, service.id)}
          offices={offices.map((o) => ({ code: o.code, name: o.name }))}
          labels={{ legend: t("publicPages.service.chooseOffice"), submit: t("publicPages.service.start"), errorTitle: t("common.errorSummaryTitle") }}
        />
      ) : (
        <Link href={`/sign-in?returnTo=/services/${service.id}`} className="btn">{t("publicPages.service.signInToStart")}</Link>
      )}
    </>
  );
}
