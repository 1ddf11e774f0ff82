/**
 * E-mail texts: what happened and a link to the portal, with the office's name. Never PESEL,
 * never form content. HTML and plain text from the same catalogue entries.
 */
import type { Locale } from "@/lib/i18n/locales";
import { translate, type MessageKey } from "@/lib/i18n/translate";
import type { NotificationKind, NotificationParams } from "./kinds";

export type EmailInput = {
  kind: NotificationKind;
  params: NotificationParams;
  officeName: string | null;
  link: string;
  locale: Locale;
  code?: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderEmail(input: EmailInput): { subject: string; text: string; html: string } {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(input.locale, key, params);
  const status = input.params.status ? t(`cases.status.${input.params.status}.label` as MessageKey) : "";
  const values: Record<string, string> = {
    caseNumber: input.params.caseNumber ?? "",
    status,
    officeName: input.officeName ?? t("notify.email.platform"),
    code: input.code ?? "",
    fingerprint: input.params.fingerprint ?? "",
    dueDate: input.params.dueDate ?? "",
    daysLeft: input.params.daysLeft ?? "",
  };
  const subject = t(`notify.email.${input.kind}.subject` as MessageKey, values);
  const body = t(`notify.email.${input.kind}.body` as MessageKey, values);
  const footer = t("notify.email.footer");
  const open = t("notify.email.open");
  const text = `${body}\n\n${open}: ${input.link}\n\n--\n${footer}\n`;
  const html = `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1b1b1b;max-width:40rem;margin:0 auto;padding:1rem">
<p style="font-size:1.2rem;font-weight:bold;color:#0b4f8a">${escapeHtml(values.officeName!)}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(input.link)}" style="color:#0b4f8a">${escapeHtml(open)}</a></p>
<hr><p style="font-size:0.85rem;color:#4a4a4a">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
