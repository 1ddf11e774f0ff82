import type { Metadata } from "next";

import { SettingsPage } from "@/components/notify/settings-page";
import { requireStaffPage } from "@/lib/identity/guards";

export const metadata: Metadata = { title: "Ustawienia powiadomień" };

export default async function StaffSettingsPage() {
  return <SettingsPage ctx={await requireStaffPage("/office/settings")} />;
}
