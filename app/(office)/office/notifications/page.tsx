import type { Metadata } from "next";

import { NotificationsPage } from "@/components/notify/notifications-page";
import { requireStaffPage } from "@/lib/identity/guards";

export const metadata: Metadata = { title: "Powiadomienia" };

export default async function StaffNotificationsPage() {
  const ctx = await requireStaffPage("/office/notifications");
  return <NotificationsPage ctx={ctx} caseHref={(id) => `/office/cases/${id}`} />;
}
