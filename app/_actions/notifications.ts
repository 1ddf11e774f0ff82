"use server";

import { revalidatePath } from "next/cache";

import { defineAction, type ActionState } from "@/lib/actions";
import { translate } from "@/lib/i18n/translate";
import { confirmEmail, requestEmailConfirmation } from "@/lib/notify/email-address";
import { replayFailedEmail } from "@/lib/notify/failed-emails";
import { saveEmailPreferences } from "@/lib/notify/preferences";
import { markAllNotificationsRead } from "@/lib/notify/queries";

export const markAllReadAction = defineAction("notification.read", async (ctx, _prev: ActionState, _formData: FormData) => {
  await markAllNotificationsRead(ctx);
  revalidatePath("/", "layout");
});

export const requestEmailCodeAction = defineAction("notification.settings", async (ctx, _prev: ActionState, formData: FormData) => {
  const { email } = await requestEmailConfirmation(ctx, String(formData.get("email") ?? ""));
  return { ok: true, message: translate(ctx.locale, "notify.settings.codeSent", { email }) };
});

export const confirmEmailAction = defineAction("notification.settings", async (ctx, _prev: ActionState, formData: FormData) => {
  await confirmEmail(ctx, String(formData.get("code") ?? ""));
  revalidatePath("/", "layout");
  return { ok: true, message: translate(ctx.locale, "notify.settings.confirmed") };
});

export const savePreferencesAction = defineAction("notification.settings", async (ctx, _prev: ActionState, formData: FormData) => {
  await saveEmailPreferences(ctx, formData.getAll("emailKinds").map(String));
  return { ok: true, message: translate(ctx.locale, "notify.settings.saved") };
});

export const replayFailedEmailAction = defineAction("outbox.admin", async (ctx, _prev: ActionState, formData: FormData) => {
  await replayFailedEmail(ctx, String(formData.get("notificationId") ?? ""));
  revalidatePath("/office/admin/failed-messages");
  return { ok: true, message: translate(ctx.locale, "notify.admin.replayed") };
});
