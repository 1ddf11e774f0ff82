import type { Metadata } from "next";

import { NotificationsPage } from "@/components/notify/notifications-page";
import { requireResidentPage } from "@/lib/identity/guards";

export const metadata: Metadata = { title: "Powiadomienia" };

export default async function ResidentNotificationsPage() {
  const ctx = await requireResidentPage("/account/notifications");
  return <NotificationsPage ctx={ctx} caseHref={(id) => `/account/cases/${id}`} />;
}
