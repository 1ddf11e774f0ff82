/**
 * HTML of the development identity provider: the page where a tester picks a demo person,
 * and a plain message page for errors. Polish, self-contained, no scripts.
 */
import type { DevAccount } from "./accounts";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const styles = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#f5f5f5}
.env{background:#fff4ce;color:#3d2e00;border-bottom:2px solid #8a6d00;padding:.75rem 1rem}
.env p,main{max-width:40rem;margin:0 auto}
main{padding:1rem}
.issuer{margin:0;color:#404040;font-weight:600}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 .75rem}
ul{list-style:none;margin:1rem 0;padding:0;display:grid;gap:.5rem}
button{font:inherit;cursor:pointer;border-radius:.375rem;border:2px solid #5a5a5a;background:#fff;color:#1a1a1a}
button:hover{background:#e8f0fe}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.person{width:100%;text-align:left;padding:.75rem 1rem}
.name{display:block;font-weight:600;font-size:1.125rem}
.details{display:block;color:#404040;font-size:.9375rem;overflow-wrap:anywhere}
.cancel{padding:.5rem 1.25rem}
code,.error-code{overflow-wrap:anywhere}
`;

function layout(title: string, issuerTitle: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(issuerTitle)}</title>
<style>${styles}</style>
</head>
<body>
<header class="env">
<p><strong>Środowisko testowe.</strong> Wszystkie osoby i dane na tej stronie są fikcyjne.</p>
</header>
<main>
<p class="issuer">${escapeHtml(issuerTitle)}</p>
${body}
</main>
</body>
</html>`;
}

export type ChooserPage = {
  issuerTitle: string;
  clientId: string;
  people: DevAccount[];
  loginAction: string;
  abortAction: string;
};

export function renderChooserPage(page: ChooserPage): string {
  const people = page.people
    .map(
      (person) =>
        `<li><button type="submit" class="person" name="person" value="${escapeHtml(person.sub)}">` +
        `<span class="name">${escapeHtml(person.fullName)}</span> ` +
        `<span class="details">${escapeHtml(person.description)}</span></button></li>`,
    )
    .join("\n");
  return layout(
    "Zaloguj się jako osoba testowa",
    page.issuerTitle,
    `<h1 id="choose-heading">Zaloguj się jako osoba testowa</h1>
<p>Wybierz osobę, jako która chcesz się zalogować do aplikacji <code>${escapeHtml(page.clientId)}</code>.</p>
<form method="post" action="${escapeHtml(page.loginAction)}" aria-labelledby="choose-heading">
<ul>
${people}
</ul>
</form>
<form method="post" action="${escapeHtml(page.abortAction)}">
<p id="cancel-hint">Możesz też wrócić do aplikacji bez logowania.</p>
<button type="submit" class="cancel" aria-describedby="cancel-hint">Anuluj</button>
</form>`,
  );
}

export type MessagePage = { issuerTitle: string; heading: string; message: string; errorCode?: string };

export function renderMessagePage(page: MessagePage): string {
  const code = page.errorCode ? `\n<p class="error-code">Kod błędu: <code>${escapeHtml(page.errorCode)}</code></p>` : "";
  return layout(page.heading, page.issuerTitle, `<h1>${escapeHtml(page.heading)}</h1>\n<p>${escapeHtml(page.message)}</p>${code}`);
}
