import { confirmEmailAction, requestEmailCodeAction, savePreferencesAction } from "@/app/_actions/notifications";
import type { RequestContext } from "@/lib/identity/context";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { getConfirmedEmail } from "@/lib/notify/email-address";
import { optionalEmailKinds } from "@/lib/notify/kinds";
import { getEmailPreferences } from "@/lib/notify/preferences";
import { ActionForm } from "./action-form";

export async function SettingsPage({ ctx }: { ctx: RequestContext }) {
  const t = translator(ctx.locale);
  const [email, preferences] = await Promise.all([getConfirmedEmail(ctx), getEmailPreferences(ctx)]);
  const kinds = optionalEmailKinds.filter((kind) => (ctx.actor.type === "staff" ? kind === "case_assigned" : kind !== "case_assigned"));
  const errorTitle = t("common.errorSummaryTitle");
  return (
    <>
      <h1>{t("notify.settings.title")}</h1>
      <h2>{t("notify.settings.emailTitle")}</h2>
      <p data-testid="confirmed-email">{email ? t("notify.settings.currentEmail", { email }) : t("notify.settings.noEmail")}</p>
      <ActionForm id="email-form" action={requestEmailCodeAction} submit={t("notify.settings.sendCode")} errorTitle={errorTitle} errorTarget="field-email" secondary>
        <div className="mb-4">
          <label className="label" htmlFor="field-email">{t("notify.settings.emailLabel")}</label>
          <span id="field-email-hint" className="hint">{t("notify.settings.emailHint")}</span>
          <input id="field-email" name="email" type="email" autoComplete="email" className="input max-w-md" aria-describedby="field-email-hint" required />
        </div>
      </ActionForm>
      <ActionForm id="code-form" action={confirmEmailAction} submit={t("notify.settings.confirm")} errorTitle={errorTitle} errorTarget="field-code">
        <div className="mb-4">
          <label className="label" htmlFor="field-code">{t("notify.settings.codeLabel")}</label>
          <input id="field-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={12} className="input max-w-[10rem]" required />
        </div>
      </ActionForm>
      <h2>{t("notify.settings.prefsTitle")}</h2>
      <ActionForm id="prefs-form" action={savePreferencesAction} submit={t("notify.settings.save")} errorTitle={errorTitle} errorTarget="prefs-form" secondary>
        <fieldset className="mb-4">
          <legend className="hint">{t("notify.settings.prefsHint")}</legend>
          {kinds.map((kind) => (
            <div key={kind} className="my-2 flex items-center gap-3">
              <input id={`pref-${kind}`} type="checkbox" name="emailKinds" value={kind} defaultChecked={preferences[kind]} className="h-6 w-6" />
              <label htmlFor={`pref-${kind}`}>{t(`notify.kinds.${kind}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
      </ActionForm>
    </>
  );
}
