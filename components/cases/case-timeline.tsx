import type { CaseEventView } from "@/lib/cases/dto";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "./format-time";

type Props = { events: CaseEventView[]; t: Translate; locale: Locale; showActors?: boolean };

function describe(event: CaseEventView, t: Translate): string {
  if (event.type === "case.submitted") return t("cases.event.submitted");
  if (event.type === "case.assigned") return t("office.detail.assignedEvent", { name: event.note ?? "" });
  const label = (s: CaseEventView["fromStatus"]) => (s ? t(`cases.status.${s}.label`) : "–");
  return t("cases.event.statusChanged", { from: label(event.fromStatus), to: label(event.toStatus) });
}

export function CaseTimeline({ events, t, locale, showActors }: Props) {
  return (
    <ol className="border-l-4 border-[var(--color-line)] pl-4">
      {events.map((event) => (
        <li key={event.id} className="mb-4">
          <p className="!mb-0 font-bold">{describe(event, t)}</p>
          <p className="!mb-0 text-[var(--color-muted)]">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
            {showActors && event.actorName ? ` · ${event.actorName}` : ""}
          </p>
          {event.note && event.type !== "case.assigned" && <p className="!mb-0 whitespace-pre-line">{t("cases.event.note")}: {event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
