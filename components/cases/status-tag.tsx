import type { CaseStatus } from "@/lib/cases/status-values";
import type { Translate } from "@/lib/i18n/translate";

export function StatusTag({ status, t }: { status: CaseStatus; t: Translate }) {
  return <strong className="tag">{t(`cases.status.${status}.label`)}</strong>;
}
