/**
 * Our own interaction endpoints under /<issuer>/interaction/<uid>:
 *   GET          → the person chooser
 *   POST /login  → signs in as the chosen demo person (form field `person`)
 *   POST /abort  → ends the authorization request with access_denied
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Interaction } from "oidc-provider";
import { devAccounts, findDevAccount } from "./accounts";
import { renderChooserPage, renderMessagePage } from "./interaction-page";
import type { DevIssuer } from "./issuers";

const MAX_FORM_BYTES = 4096;

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error("Form too large");
  }
  return new URLSearchParams(body);
}

function sendMessage(issuer: DevIssuer, res: ServerResponse, status: number, heading: string, message: string) {
  sendHtml(res, status, renderMessagePage({ issuerTitle: issuer.title, heading, message }));
}

async function currentInteraction(issuer: DevIssuer, req: IncomingMessage, res: ServerResponse, uid: string) {
  try {
    const interaction = await issuer.provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch {
    return undefined;
  }
}

function showChooser(issuer: DevIssuer, res: ServerResponse, interaction: Interaction): void {
  const base = `/${issuer.id}/interaction/${interaction.uid}`;
  const clientId = typeof interaction.params.client_id === "string" ? interaction.params.client_id : "";
  sendHtml(
    res,
    200,
    renderChooserPage({
      issuerTitle: issuer.title,
      clientId,
      people: devAccounts(issuer.id),
      loginAction: `${base}/login`,
      abortAction: `${base}/abort`,
    }),
  );
}

export async function handleInteraction(
  issuer: DevIssuer,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const route = `${req.method} ${action ?? ""}`;
  if (!["GET ", "POST login", "POST abort"].includes(route)) {
    return sendMessage(issuer, res, 404, "Nie znaleziono strony", "Ten adres nie istnieje.");
  }
  const interaction = await currentInteraction(issuer, req, res, uid);
  if (!interaction) {
    return sendMessage(
      issuer,
      res,
      400,
      "Sesja logowania wygasła",
      "Wróć do aplikacji i rozpocznij logowanie jeszcze raz.",
    );
  }
  if (route === "GET ") return showChooser(issuer, res, interaction);

  const { provider } = issuer;
  if (action === "abort") {
    const result = { error: "access_denied", error_description: "End-User aborted interaction" };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  const personId = (await readForm(req)).get("person") ?? "";
  const account = findDevAccount(issuer.id, personId);
  if (!account) {
    return sendMessage(issuer, res, 400, "Nieznana osoba testowa", "Wróć do poprzedniej strony i wybierz osobę z listy.");
  }
  await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}
