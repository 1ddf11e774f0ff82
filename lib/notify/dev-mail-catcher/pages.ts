/** Minimal, accessible Polish pages of the development mail catcher. */
import type { CaughtMessage } from "./store";

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const dateFormat = new Intl.DateTimeFormat("pl-PL", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Warsaw" });

function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #767676; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; }
  a { color: #0b4f9c; }
  a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  pre { white-space: pre-wrap; border: 1px solid #767676; padding: 1rem; }
  .status { padding: 0.5rem 1rem; border: 2px solid #9c0b0b; color: #9c0b0b; font-weight: bold; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function renderInboxPage(messages: CaughtMessage[], outage: boolean): string {
  const status = outage
    ? `<p class="status" role="status">Symulowana awaria: serwer SMTP odrzuca nowe wiadomości (kod 421).</p>`
    : "";
  const rows = [...messages]
    .reverse()
    .map(
      (message) => `<tr>
<td>${escapeHtml(message.to.join(", "))}</td>
<td><a href="/messages/${encodeURIComponent(message.id)}">${escapeHtml(message.subject || "(bez tematu)")}</a></td>
<td><time datetime="${escapeHtml(message.receivedAt)}">${escapeHtml(formatDate(message.receivedAt))}</time></td>
<td>${message.deliveries}</td>
</tr>`,
    )
    .join("\n");
  const table = messages.length
    ? `<table>
<caption>Odebrane wiadomości, najnowsze na górze (${messages.length})</caption>
<thead><tr><th scope="col">Do kogo</th><th scope="col">Temat</th><th scope="col">Kiedy</th><th scope="col">Liczba doręczeń</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : `<p>Brak wiadomości.</p>`;
  return layout(
    "Skrzynka deweloperska – Okienko",
    `<h1>Skrzynka deweloperska</h1>
<p>Wiadomości wysłane przez portal w środowisku deweloperskim. Nic nie trafia do prawdziwych adresatów.</p>
${status}
${table}`,
  );
}

export function renderMessagePage(message: CaughtMessage): string {
  const subject = message.subject || "(bez tematu)";
  const htmlLink = message.html
    ? `<p><a href="/api/messages/${encodeURIComponent(message.id)}/html">Wersja HTML wiadomości</a></p>`
    : "";
  return layout(
    `${subject} – Skrzynka deweloperska`,
    `<p><a href="/">Wróć do listy wiadomości</a></p>
<h1>${escapeHtml(subject)}</h1>
<dl>
<dt>Od</dt><dd>${escapeHtml(message.from)}</dd>
<dt>Do</dt><dd>${escapeHtml(message.to.join(", "))}</dd>
<dt>Kiedy</dt><dd><time datetime="${escapeHtml(message.receivedAt)}">${escapeHtml(formatDate(message.receivedAt))}</time></dd>
<dt>Liczba doręczeń</dt><dd>${message.deliveries}</dd>
<dt>Message-ID</dt><dd>${escapeHtml(message.messageId ?? "(brak)")}</dd>
</dl>
<h2>Treść</h2>
<pre>${escapeHtml(message.text)}</pre>
${htmlLink}`,
  );
}

export function renderNotFoundPage(): string {
  return layout(
    "Nie znaleziono – Skrzynka deweloperska",
    `<h1>Nie znaleziono</h1>
<p>Nie ma takiej wiadomości. Mogła zostać usunięta.</p>
<p><a href="/">Wróć do listy wiadomości</a></p>`,
  );
}
