/** Start-page facts of a service, in one place for the page and (later) the office view. */
import type { Translate } from "@/lib/i18n/translate";
import type { ServiceDefinition } from "./types";

export function formatFee(amountGrosze: number, t: Translate): string {
  if (amountGrosze === 0) return t("publicPages.service.free");
  const zloty = (amountGrosze / 100).toFixed(2).replace(".", ",");
  return `${zloty} zł`;
}

export function formatDeadline(deadline: ServiceDefinition["deadline"], t: Translate): string {
  if (deadline.kind === "immediately") return t("publicPages.service.immediately");
  if (deadline.kind === "days") return t("publicPages.service.days", { count: deadline.days });
  return t("publicPages.service.months", { count: deadline.months });
}
