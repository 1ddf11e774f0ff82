import { markAllReadAction } from "@/app/_actions/notifications";
import type { RequestContext } from "@/lib/identity/context";
import { translator } from "@/lib/i18n/translate";
import { listNotifications } from "@/lib/notify/queries";
import { ActionForm } from "./action-form";
import { NotificationList } from "./notification-list";

/** The same page for residents and staff; only the case links differ. */
export async function NotificationsPage({ ctx, caseHref }: { ctx: RequestContext; caseHref: (caseId: string) => string }) {
  const t = translator(ctx.locale);
  const items = await listNotifications(ctx);
  return (
    <>
      <h1>{t("notify.page.title")}</h1>
      {items.some((i) => !i.read) && (
        <ActionForm id="mark-read" action={markAllReadAction} submit={t("notify.page.markAllRead")} errorTitle={t("common.errorSummaryTitle")} errorTarget="mark-read" secondary />
      )}
      <NotificationList items={items} t={t} locale={ctx.locale} caseHref={caseHref} />
    </>
  );
}
