import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { saveOfferedServicesAction } from "@/app/_actions/office-services";
import { ActionForm } from "@/components/notify/action-form";
import { categories } from "@/lib/catalog/categories";
import { listServices } from "@/lib/catalog/registry";
import { localize } from "@/lib/forms/localize";
import { requireStaffPage } from "@/lib/identity/guards";
import { isGranted } from "@/lib/identity/policy";
import { translator } from "@/lib/i18n/translate";
import { listOfferedServiceIds } from "@/lib/offices/offered-services";

export const metadata: Metadata = { title: "Usługi urzędu" };

export default async function OfferedServicesPage() {
  const ctx = await requireStaffPage("/office/admin/services");
  if (!isGranted(ctx.actor, "office.services")) notFound();
  const t = translator(ctx.locale);
  const offered = await listOfferedServiceIds(ctx);
  const services = listServices();
  return (
    <>
      <h1>{t("office.services.title")}</h1>
      <p>{t("office.services.lead")}</p>
      <ActionForm id="services-form" action={saveOfferedServicesAction} submit={t("office.services.save")} errorTitle={t("common.errorSummaryTitle")} errorTarget="services-form">
        {categories.map((category) => {
          const inCategory = services.filter((s) => s.category === category.id);
          if (inCategory.length === 0) return null;
          return (
            <fieldset key={category.id} className="mb-6">
              <legend className="label text-lg">{localize(category.name, ctx.locale)}</legend>
              {inCategory.map((service) => (
                <div key={service.id} className="my-2 flex items-start gap-3">
                  <input id={`svc-${service.id}`} type="checkbox" name="services" value={service.id} defaultChecked={offered.has(service.id)} className="mt-0.5 h-6 w-6 shrink-0" />
                  <label htmlFor={`svc-${service.id}`}>{localize(service.name, ctx.locale)}</label>
                </div>
              ))}
            </fieldset>
          );
        })}
      </ActionForm>
    </>
  );
}
