"use server";

import { revalidatePath } from "next/cache";

import { defineAction, type ActionState } from "@/lib/actions";
import { translate } from "@/lib/i18n/translate";
import { setOfferedServices } from "@/lib/offices/offered-services";

export const saveOfferedServicesAction = defineAction("office.services", async (ctx, _prev: ActionState, formData: FormData) => {
  await setOfferedServices(ctx, formData.getAll("services").map(String));
  revalidatePath("/office/admin/services");
  return { ok: true, message: translate(ctx.locale, "office.services.saved") };
});
