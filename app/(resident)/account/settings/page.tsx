import type { Metadata } from "next";

import { SettingsPage } from "@/components/notify/settings-page";
import { requireResidentPage } from "@/lib/identity/guards";

export const metadata: Metadata = { title: "Ustawienia powiadomień" };

export default async function ResidentSettingsPage() {
  return <SettingsPage ctx={await requireResidentPage("/account/settings")} />;
}
