"use server";

import { redirect } from "next/navigation";

import { defineAction, type ActionState } from "@/lib/actions";
import { startApplication } from "@/lib/applications/start-application";
import { translate } from "@/lib/i18n/translate";

export const startApplicationAction = defineAction(
  "application.start",
  async (ctx, serviceId: string, _prev: ActionState, formData: FormData) => {
    const officeCode = formData.get("office");
    if (typeof officeCode !== "string" || officeCode === "") {
      return { ok: false, fieldErrors: { office: translate(ctx.locale, "applications.errors.chooseOffice") } };
    }
    const { draftId, stepId } = await startApplication(ctx, { serviceId, officeCode });
    redirect(`/apply/${draftId}/${stepId}`);
  },
);
